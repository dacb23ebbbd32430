package org.mentorbot.core.asks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.command.Suggestion;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Field;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.testing.TestDatabase;

/** Autocomplete, the overview section, export and forget-me around asks. */
class AskSurroundingsTest {

  private AskFixture f;

  @BeforeEach
  void setUp() {
    f = new AskFixture();
  }

  @AfterEach
  void close() {
    f.close();
  }

  private List<Suggestion> suggest(String userId, String partial) {
    return f.core.commands().suggest(AskFixture.as(userId), "mentor", "ask", "mentor", partial);
  }

  @Test
  void suggestsOnlyMentorsOneCouldAskNowByIdOrDisplayName() {
    f.core
        .commands()
        .runText(AskFixture.as("bob", "Bob Stone"), "mentor", "signup mentor topics:java");
    f.core
        .commands()
        .runText(AskFixture.as("bella", "Isabella"), "mentor", "signup mentor topics:go");
    f.mentor("ben", "java");
    f.ok("ben", "pause");
    f.mentor("bert", "java");
    f.ok("bert", "block @amy");
    f.mentor("bill", "java");
    f.mentor("bo", "java");
    f.ok("bo", "pause until:2026-03-02");
    f.mentee("barry", "java", "Learn");
    f.mentee("amy", "java", "Learn");
    f.ok("amy", "block @bill");
    f.mentor("b_x", "java");
    assertThat(suggest("amy", "bo")).containsExactly(new Suggestion("Bob Stone (@bob)", "@bob"));
    f.clock.advance(Duration.ofDays(1)); // bo's dated pause has ended

    assertThat(suggest("amy", "b"))
        .containsExactly(
            new Suggestion("@b_x", "@b_x"),
            new Suggestion("@bo", "@bo"),
            new Suggestion("Bob Stone (@bob)", "@bob"),
            new Suggestion("Isabella (@bella)", "@bella"));
    assertThat(suggest("amy", "ISA"))
        .containsExactly(new Suggestion("Isabella (@bella)", "@bella"));
    assertThat(suggest("amy", "@bob")).containsExactly(new Suggestion("Bob Stone (@bob)", "@bob"));
    // '_' is a literal underscore, not a LIKE wildcard.
    assertThat(suggest("amy", "b_")).containsExactly(new Suggestion("@b_x", "@b_x"));
    assertThat(suggest("bob", "bo")).containsExactly(new Suggestion("@bo", "@bo"));
    assertThat(suggest("amy", "zz")).isEmpty();
  }

  @Test
  void overviewListsOpenAsksSentAndReceived() {
    f.mentor("bob", "java");
    f.mentor("carl", "java");
    f.mentee("amy", "java", "Learn");
    f.ok("amy", "ask @bob question:\"How do I prepare for interviews?\"");
    f.ok("bob", "ask @carl question:\"Can you review my talk?\"");
    f.ok("amy", "ask @carl question:\"Declined one\"");
    f.press("carl", "ask-decline:3");
    f.clock.advance(Duration.ofHours(30));

    Message bobs = f.core.commands().overview(AskFixture.as("bob"));
    Message carls = f.core.commands().overview(AskFixture.as("carl"));
    Message dans = f.core.commands().overview(AskFixture.as("dan"));

    assertThat(bobs.fields())
        .contains(
            new Field(
                "Open asks",
                "<@amy> asked you: “How do I prepare for interviews?” · expires in 42 hours\n"
                    + "You asked <@carl>: “Can you review my talk?” · expires in 42 hours"));
    assertThat(carls.fields())
        .contains(
            new Field(
                "Open asks", "<@bob> asked you: “Can you review my talk?” · expires in 42 hours"));
    assertThat(dans.fields()).extracting(Field::name).doesNotContain("Open asks");
  }

  @Test
  void exportHoldsAsksSentAndReceived() throws Exception {
    f.mentor("bob", "java");
    f.mentor("carl", "java");
    f.ok("bob", "ask @carl question:\"Can you review my talk?\"");
    f.ok("carl", "ask @bob question:\"And mine?\"");
    f.press("bob", "ask-accept:2");
    f.deliver();

    f.ok("bob", "export");
    Message dm = f.deliver().get(0).message();
    JsonNode asks =
        new ObjectMapper().readTree(dm.attachment().orElseThrow().content()).get("asks");

    assertThat(asks).hasSize(2);
    assertThat(asks.get(0).get("direction").asText()).isEqualTo("sent");
    assertThat(asks.get(0).get("mentor").asText()).isEqualTo("carl");
    assertThat(asks.get(0).get("question").asText()).isEqualTo("Can you review my talk?");
    assertThat(asks.get(0).get("state").asText()).isEqualTo("open");
    assertThat(asks.get(0).get("expiresAt").asText()).isEqualTo("2026-03-05T09:00:00Z");
    assertThat(asks.get(1).get("direction").asText()).isEqualTo("received");
    assertThat(asks.get(1).get("asker").asText()).isEqualTo("carl");
    assertThat(asks.get(1).get("state").asText()).isEqualTo("accepted");
    assertThat(asks.get(1).get("answeredAt").asText()).isEqualTo("2026-03-02T09:00:00Z");
  }

  @Test
  void forgetMeErasesAsksBothWaysAndTellsWaitingAskersKindly() {
    f.mentor("bob", "java");
    f.mentor("carl", "java");
    f.mentee("amy", "go", "Learn go");
    f.ok("amy", "ask @bob question:\"hello\"");
    f.ok("bob", "ask @carl question:\"hi carl\"");
    f.ok("amy", "ask @carl question:\"keep me\"");
    f.deliver();

    Reply confirm = f.run("bob", "forget-me");
    String action = ((Reply.Shown) confirm).message().buttons().get(0).actionId();
    AskFixture.shown(f.press("bob", action));
    var sent = f.deliver();

    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).destination()).isEqualTo(new Destination.DirectMessage("amy"));
    assertThat(sent.get(0).message().text())
        .isEqualTo(
            "A former member can't take this one right now — try /mentor find go for other"
                + " mentors.");
    var rows = f.snapshot().get("ask");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).containsEntry("question", "keep me");
    // The erased asks' expiry jobs are cancelled, so nothing fires later.
    f.clock.advance(Duration.ofDays(3));
    assertThat(f.deliver())
        .extracting(d -> d.message().text())
        .containsExactly(
            "Your ask to <@carl> expired without an answer — they may just be busy right now."
                + " Try /mentor find go for other mentors, or ask again later.");
    // Bob's old buttons now answer clearly.
    f.mentor("bob", "java");
    assertThat(AskFixture.problem(f.press("carl", "ask-accept:2")).problem())
        .isEqualTo("That ask no longer exists.");
  }

  @Test
  void aReusedRowIdStillGetsItsOwnMessages() {
    f.mentor("bob", "java");
    f.mentee("amy", "java", "Learn");
    f.ok("amy", "ask @bob question:\"first\"");
    f.deliver();
    Reply confirm = f.run("amy", "forget-me");
    f.press("amy", ((Reply.Shown) confirm).message().buttons().get(0).actionId());
    f.clock.advance(Duration.ofMinutes(1));
    f.mentee("amy", "java", "Learn");

    f.ok("amy", "ask @bob question:\"second\"");
    var sent = f.deliver();

    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).message().fields().get(0).value()).isEqualTo("second");
    long id = ((Number) f.snapshot().get("ask").get(0).get("id")).longValue();
    if (TestDatabase.engine() == Database.Engine.SQLITE) {
      assertThat(id).as("SQLite hands the erased ask's row id out again").isEqualTo(1);
    }
    assertThat(sent.get(0).message().buttons().get(0))
        .isEqualTo(Button.primary("Accept", "ask-accept:" + id));
  }

  @Test
  void relativeTimesReadNaturally() {
    Instant now = Instant.parse("2026-03-02T09:00:00Z");
    assertThat(AskMessages.in(now, now)).isEqualTo("now");
    assertThat(AskMessages.in(now.plusSeconds(59 * 60), now)).isEqualTo("in under an hour");
    assertThat(AskMessages.in(now.plusSeconds(3600), now)).isEqualTo("in 1 hour");
    assertThat(AskMessages.in(now.plus(Duration.ofHours(47)), now)).isEqualTo("in 47 hours");
    assertThat(AskMessages.in(now.plus(Duration.ofDays(2)), now)).isEqualTo("in 2 days");
    assertThat(AskMessages.in(now.plus(Duration.ofHours(71)), now)).isEqualTo("in 3 days");
  }
}
