package org.mentorbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorbot.core.MentorbotCore;
import org.mentorbot.core.command.Actor;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.testing.MutableClock;
import org.mentorbot.core.testing.SimulatedCrash;
import org.mentorbot.slack.fake.FakeSlack;

/**
 * The process dies after Slack accepted a message and before the outbox recorded it (an {@link
 * Error} stands for the death, as in the core's crash tests). The restarted bot, a new core on the
 * same database file, retries the row once the lease ran out: it finds the message's key in the
 * conversation's history and does not post it again.
 */
class SlackDeliveryRetryTest {

  @TempDir Path dir;

  private FakeSlack fake;
  private final MutableClock clock = MutableClock.startingMonday();

  @BeforeEach
  void start() throws Exception {
    fake = new FakeSlack();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  /** A journal whose process dies right after Slack answered, before anything is recorded. */
  private static DeliveryJournal dyingAfterThePost(DeliveryJournal journal) {
    return new DeliveryJournal() {
      @Override
      public Optional<Instant> begin(String team, String key, Instant now) {
        return journal.begin(team, key, now);
      }

      @Override
      public void finish(String team, String key) {
        throw new SimulatedCrash("died after Slack accepted the post");
      }
    };
  }

  /** A member signs up and asks for their data: the export is one outbox row, a DM with a file. */
  private static void export(MentorbotCore core) {
    Invocation alice =
        new Invocation(
            SlackChatGatewayTest.TEAM, new Actor("U1", "Alice", false, Set.of()), Optional.empty());
    core.commands().runText(alice, "mentor", "signup mentor topics:java");
    core.commands().runText(alice, "mentor", "export");
  }

  @Test
  void aRetryAfterACrashFindsThePostedMessageAndDoesNotPostItTwice() {
    Path file = dir.resolve("bot.db");
    SlackSettings settings = SlackChatGatewayTest.settings(fake.apiUrl());

    try (Database db = Database.openFile(file.toString());
        SlackChatGateway dying =
            new SlackChatGateway(settings, dyingAfterThePost(new SqlDeliveryJournal(db)));
        MentorbotCore core = MentorbotCore.builder(db, dying).clock(clock).build()) {
      export(core);
      assertThatThrownBy(core::runDueWork).isInstanceOf(SimulatedCrash.class);
    }
    assertThat(fake.calls("chat.postMessage")).hasSize(1);
    assertThat(fake.calls("files.completeUploadExternal")).hasSize(1);

    clock.advance(Duration.ofMinutes(5)); // the dead process's lease runs out
    try (Database db = Database.openFile(file.toString());
        SlackChatGateway gateway = new SlackChatGateway(settings, new SqlDeliveryJournal(db));
        MentorbotCore core = MentorbotCore.builder(db, gateway).clock(clock).build()) {
      core.runDueWork();

      assertThat(fake.calls("conversations.history")).hasSize(1);
      assertThat(fake.calls("conversations.history").get(0).param("include_all_metadata"))
          .isIn("1", "true");
      assertThat(fake.calls("chat.postMessage")).as("posted once, not twice").hasSize(1);
      assertThat(fake.calls("files.completeUploadExternal")).as("its file too").hasSize(1);
      String state =
          db.read(h -> h.createQuery("SELECT state FROM outbox").mapTo(String.class).one());
      int inDoubt =
          db.read(
              h -> h.createQuery("SELECT COUNT(*) FROM slack_delivery").mapTo(Integer.class).one());
      assertThat(state).isEqualTo("delivered");
      assertThat(inDoubt).as("nothing left in doubt").isZero();
    }
  }

  @Test
  void aRetryOfAMessageThatNeverReachedSlackPostsIt() {
    Path file = dir.resolve("bot.db");
    SlackSettings settings = SlackChatGatewayTest.settings(fake.apiUrl());
    fake.script("chat.postMessage", new FakeSlack.Answer(503, java.util.Map.of(), "{}"), 1);

    try (Database db = Database.openFile(file.toString());
        SlackChatGateway gateway = new SlackChatGateway(settings, new SqlDeliveryJournal(db));
        MentorbotCore core = MentorbotCore.builder(db, gateway).clock(clock).build()) {
      export(core);
      core.runDueWork(); // Slack had an outage: retry later
      clock.advance(Duration.ofMinutes(5));
      core.runDueWork();
    }

    assertThat(fake.calls("chat.postMessage")).hasSize(2);
    assertThat(fake.violations()).isEmpty();
  }
}
