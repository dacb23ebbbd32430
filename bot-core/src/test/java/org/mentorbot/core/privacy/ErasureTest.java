package org.mentorbot.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.shown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.testing.TestCommunity;

/**
 * Forget-me on a real database file: afterwards the member's id, name and every text they wrote
 * appear nowhere in the file's bytes (nor in the write-ahead log), not even in deleted pages, in
 * outbox rows (an earlier export is one), job keys or payloads.
 */
class ErasureTest {

  /** The member, with an id no other text in the database contains. */
  static final String ZOE = "zoe9x";

  /** Everything zoe wrote, each unique in the database. */
  static final List<String> WRITTEN =
      List.of(
          ZOE,
          "ZoeGoalPangolin",
          "ZoeBioAxolotl",
          "quokkaology",
          "ZoeNoteNarwhal",
          "ZoeCommentHarassOkapi",
          "ZoeTopicTapir",
          "ZoeQueueDugong",
          "ZoeMentorshipGoalWombat",
          "ZoeEndNoteQuagga",
          "ZoeAgendaOcelot",
          "zoewantedibis");

  @TempDir Path dir;

  private static String ok(Reply reply) {
    return shown(reply);
  }

  /** A community where zoe did everything that stores her data, ending with two exports. */
  static void zoeLivesHere(TestCommunity c) {
    ok(c.mentor("mod", "config"));
    ok(c.mentor("bob", "signup mentor topics:java years:10"));
    ok(c.mentor("ann", "signup mentor topics:rust years:9"));
    ok(
        c.mentor(
            ZOE,
            "signup mentor topics:quokkaology years:4 bio:\"ZoeBioAxolotl, ask me anything\""));
    ok(c.mentor(ZOE, "signup mentee topics:java years:1 goals:\"ZoeGoalPangolin soon\""));
    ok(c.run("mod", "round", "open"));
    ok(c.mentor("cat", "signup mentee topics:java years:0 goals:\"learn\""));
    ok(c.run("bob", "round", "join as:mentor"));
    ok(c.run(ZOE, "round", "join as:mentee"));
    ok(c.run("mod", "round", "publish"));
    // A running mentorship with bob (a goal of hers) and an ended one she mentored, with her note.
    ok(c.mentor(ZOE, "goal add \"ZoeMentorshipGoalWombat\" with:@bob"));
    ok(c.run("mod", "round", "pair @" + ZOE + " @cat force:yes"));
    ok(c.mentor(ZOE, "end @cat reason:other note:\"ZoeEndNoteQuagga\""));
    ok(c.mentor(ZOE, "checkin need-help note:\"ZoeNoteNarwhal is worried\""));
    ok(c.mentor(ZOE, "feedback @bob rating:2 comment:\"ZoeCommentHarassOkapi felt harassed\""));
    // A meeting with bob, accepted, and the agenda she wrote for it.
    ok(c.mentor(ZOE, "meet @bob when:\"2026-03-10 15:00\" anyway:yes"));
    String accept =
        c.deliveries().stream()
            .filter(d -> d.destination().equals(new Destination.DirectMessage("bob")))
            .flatMap(d -> d.message().buttons().stream())
            .map(Button::actionId)
            .filter(a -> a.startsWith("meet:accept:"))
            .reduce((first, last) -> last)
            .orElseThrow();
    ok(c.press("bob", accept));
    ok(c.mentor(ZOE, "agenda text:\"ZoeAgendaOcelot first\""));
    ok(c.run(ZOE, "officehours", "open topic:\"ZoeTopicTapir\" minutes:60"));
    ok(c.run("ann", "officehours", "open topic:rust minutes:60"));
    ok(c.run(ZOE, "queue", "join 2 question:\"ZoeQueueDugong please\""));
    ok(c.mentor(ZOE, "find zoewantedibis")); // no mentor: noted as her demand
    ok(c.mentor(ZOE, "export"));
    ok(c.mentor(ZOE, "export"));
  }

  @Test
  void afterForgetMeNothingTheMemberWroteIsLeftInTheDatabaseFile() throws IOException {
    Path file = dir.resolve("mentorbot.db");
    TestCommunity c = new TestCommunity(Database.openFile(file.toString()));
    try {
      zoeLivesHere(c);
      // Adapters' notes about deliveries in flight, keyed by an outbox key that names her.
      c.db.writeVoid(
          h -> {
            h.execute(
                "INSERT INTO delivery_note (platform, community, idempotency_key, name, value,"
                    + " created_at) SELECT platform, external_id, 'intro:"
                    + ZOE
                    + ":bob', 'thread', '42', 0 FROM community");
            h.execute(
                "INSERT INTO slack_delivery (team_id, idempotency_key, started_at)"
                    + " SELECT external_id, 'dm:"
                    + ZOE
                    + ":1', 0 FROM community");
          });
      c.db.checkpoint();
      assertThat(found(file)).as("the scan finds zoe's data before forget-me").isNotEmpty();
      assertThat(c.count("SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'export:%'"))
          .isEqualTo(2);

      Reply ask = c.mentor(ZOE, "forget-me");
      String confirm = ((Reply.Shown) ask).message().buttons().get(0).actionId();
      assertThat(shown(c.press(ZOE, confirm))).contains("has been erased");

      assertThat(found(file)).as("while the bot still runs").isEmpty();
      assertThat(c.count("SELECT COUNT(*) FROM member")).isEqualTo(3);
      assertThat(c.count("SELECT COUNT(*) FROM mentorship_member WHERE user_id = '" + ZOE + "'"))
          .isZero();
      assertThat(c.count("SELECT COUNT(*) FROM mentorship_goal")).isZero();
      assertThat(c.count("SELECT COUNT(*) FROM meeting_agenda")).isZero();
      assertThat(c.count("SELECT COUNT(*) FROM delivery_note")).isZero();
      assertThat(c.count("SELECT COUNT(*) FROM slack_delivery")).isZero();
      assertThat(c.count("SELECT COUNT(*) FROM oh_session WHERE state = 'open'")).isOne();
    } finally {
      c.close();
    }
    assertThat(found(file)).as("after the bot stopped").isEmpty();
  }

  /** Which of zoe's strings (or their base64, as in an export attachment) each file holds. */
  static Map<String, List<String>> found(Path db) throws IOException {
    Map<String, List<String>> hits = new TreeMap<>();
    for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
      Path file = db.resolveSibling(db.getFileName() + suffix);
      if (!Files.exists(file)) {
        continue;
      }
      String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      List<String> inFile = new ArrayList<>();
      for (String text : WRITTEN) {
        for (String form : forms(text)) {
          if (bytes.contains(form)) {
            inFile.add(text + (form.equals(text) ? "" : " (as " + form + ")"));
          }
        }
      }
      if (!inFile.isEmpty()) {
        hits.put(file.getFileName().toString(), inFile);
      }
    }
    return hits;
  }

  /** The text as UTF-8 and inside base64 at each of the three alignments. */
  private static List<String> forms(String text) {
    List<String> forms = new ArrayList<>(List.of(text));
    for (int shift = 0; shift < 3; shift++) {
      String encoded =
          Base64.getEncoder()
              .encodeToString(("xx".substring(0, shift) + text).getBytes(StandardCharsets.UTF_8));
      String core = encoded.substring(shift == 0 ? 0 : 4, encoded.length() - 4);
      if (core.length() >= 6) {
        forms.add(core);
      }
    }
    return forms;
  }
}
