package org.mentorbot.app.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.discord.fake.FakeInteractions.integer;
import static org.mentorbot.discord.fake.FakeInteractions.string;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mentorbot.discord.fake.FakeDiscord;
import org.mentorbot.discord.fake.FakeInteractions.Option;

/**
 * The shipped jar on Discord, as an operator runs it: {@code java -jar mentorbot.jar run} in a
 * child JVM against {@link FakeDiscord}, the token in its environment, the announce channel named
 * in the settings. A member signs up by slash command, a moderator opens a round; while its
 * announcement is still on its way to Discord the process gets SIGTERM. It must stop the way that
 * loses nothing: new commands are answered "restarting", the announcement in flight is finished,
 * the gateway is closed with a close frame, the database last, and stderr holds one-line messages
 * only (no stack trace, no token).
 */
@Timeout(240)
class DiscordShadedJarIT {

  private static final Duration START = Duration.ofSeconds(90);
  private static final Duration WAIT = Duration.ofSeconds(45);
  private static final String TOKEN = "fake-jar-token-0123456789";
  private static final String ADA = "530000000000000001";
  private static final String KIM = "530000000000000002";

  /** What the JVM exits with after SIGTERM once its shutdown hooks are done (128 + 15). */
  private static final int SIGTERM_EXIT = 143;

  @TempDir Path dir;

  private final FakeDiscord discord = new FakeDiscord();
  private ChildJar child;

  @BeforeEach
  void startTheFake() throws Exception {
    discord.start();
  }

  @AfterEach
  void stopEverything() throws Exception {
    if (child != null) {
      child.close();
    }
    discord.stop();
  }

  @Test
  void answersOnDiscordAndOnSigtermFinishesTheDeliveryInFlightThenClosesCleanly() throws Exception {
    Path database = dir.resolve("data").resolve("mentorbot.db");
    startTheJar(database);

    assertThat(
            slash(
                ADA,
                List.of(),
                "mentor",
                "signup",
                string("role", "mentor"),
                string("topics", "rust")))
        .contains("Welcome to the roster as a mentor");

    FakeDiscord.Hold announcement =
        discord.hold("POST", "channels/" + FakeDiscord.GENERAL_ID + "/messages");
    assertThat(
            slash(
                FakeDiscord.MODERATOR,
                List.of(FakeDiscord.MOD_ROLE_ID),
                "round",
                "open",
                integer("days", 5)))
        .contains("Round 1 is open")
        .contains("I announced it with a Join button");
    announcement.awaitArrived();

    child.terminate();
    child.awaitErr("No new commands taken", WAIT);
    assertThat(
            slash(
                KIM,
                List.of(),
                "mentor",
                "signup",
                string("role", "mentee"),
                string("topics", "rust")))
        .as("a command after SIGTERM is answered, not left thinking")
        .contains("mentorbot is restarting and did not run that");
    assertThat(discord.gatewayConnected())
        .as("still connected while the delivery in flight finishes")
        .isTrue();
    announcement.release();

    assertThat(child.awaitExit(WAIT)).isEqualTo(SIGTERM_EXIT);
    assertThat(discord.gatewayCloseCodes())
        .as("the gateway got a close frame (1006 would mean the process just died)")
        .containsExactly(1000);
    List<String> rows = outbox(database);
    assertThat(rows.get(0))
        .as("the announcement that was in flight was delivered")
        .isEqualTo("delivered claimed_by=null");
    assertThat(rows)
        .as("nothing left claimed; what a job enqueued during the stop waits in the outbox")
        .allMatch(
            row ->
                row.equals("delivered claimed_by=null") || row.equals("pending claimed_by=null"));
    assertOneLineMessagesOnly();
  }

  /**
   * Discord never answers the announcement's request: the stop must not wait for it forever. JDA
   * gives up on a request after its HTTP read timeout (10 s) and sends it again (the nonce keeps
   * Discord from posting it twice); the process exits within the shutdown hook's limit and leaves
   * the row delivered or back in the outbox, never claimed by a process that is gone.
   */
  @Test
  void aDeliveryDiscordNeverAnswersDoesNotHoldTheStopAndIsNotLeftClaimed() throws Exception {
    Path database = dir.resolve("data").resolve("mentorbot.db");
    startTheJar(database);
    FakeDiscord.Hold announcement =
        discord.hold("POST", "channels/" + FakeDiscord.GENERAL_ID + "/messages");
    assertThat(
            slash(
                FakeDiscord.MODERATOR,
                List.of(FakeDiscord.MOD_ROLE_ID),
                "round",
                "open",
                integer("days", 5)))
        .contains("Round 1 is open");
    announcement.awaitArrived();

    child.terminate();

    assertThat(child.awaitExit(RunCommand.STOP_LIMIT.plus(WAIT))).isEqualTo(SIGTERM_EXIT);
    assertThat(discord.gatewayCloseCodes()).containsExactly(1000);
    assertOneLineMessagesOnlyBesidesJdasInterruptedRead();
    String row = outbox(database).get(0);
    if (row.startsWith("claimed")) {
      // The 10 s work budget ran out while JDA still waited: the row stays claimed by the ended
      // process, and the next start on this host releases it at once and delivers it.
      startTheJar(database);
      discord.awaitCondition(
          () -> !firstRow(database).startsWith("claimed"), "the next start to release the row");
      row = firstRow(database);
      child.stop(WAIT);
    }
    assertThat(row)
        .as("delivered, or back in the outbox (at the latest after the next start)")
        .isIn("delivered claimed_by=null", "pending claimed_by=null");
  }

  private void startTheJar(Path database) throws Exception {
    Path config =
        Files.writeString(
            dir.resolve("mentorbot.yml"),
            String.join(
                "\n",
                "database:",
                "  path: " + database,
                "discord:",
                "  apiUrl: " + discord.apiUrl(),
                "  gatewayUrl: " + discord.gatewayUrl(),
                "  devGuilds: [\"" + FakeDiscord.GUILD_ID + "\"]",
                "  announceChannel: general",
                ""));
    child =
        ChildJar.start(dir, Map.of("DISCORD_TOKEN", TOKEN), "run", "--config", config.toString());
    child.awaitErr("Discord ready", START);
  }

  /**
   * As {@link #assertOneLineMessagesOnly()}, except for the one trace this stop may cause: when the
   * work budget runs out, the delivery thread is interrupted inside JDA's blocking request, and JDA
   * logs that interrupted read as an error with its stack trace (its own logging, not ours).
   */
  private void assertOneLineMessagesOnlyBesidesJdasInterruptedRead() {
    String err = child.err();
    if (err.contains("java.io.InterruptedIOException: interrupted")) {
      assertThat(err)
          .contains("Stopping: finishing work in progress")
          .contains("pass still running after")
          .contains("ERROR n.d.j.i.r.Requester")
          .contains("mentorbot stopped")
          .doesNotContain("NoClassDefFoundError")
          .doesNotContain(TOKEN);
    } else {
      assertOneLineMessagesOnly();
    }
  }

  /** stderr: the stop was logged, one line per message, no stack trace, no token. */
  private void assertOneLineMessagesOnly() {
    String err = child.err();
    assertThat(err)
        .contains("Stopping: finishing work in progress")
        .contains("mentorbot stopped")
        .doesNotContain("Exception")
        .doesNotContain("NoClassDefFoundError")
        .doesNotContain(TOKEN);
    assertThat(err.lines().filter(line -> line.startsWith("\t") || line.startsWith(" ")))
        .as("one line per message: no stack trace")
        .isEmpty();
  }

  private String slash(
      String user, List<String> roles, String root, String sub, Option... options) {
    String id = discord.interactions().slash(user, roles, root, sub, options);
    return answer(id);
  }

  /** The answer's JSON: the reply, or the edit of a deferred placeholder (a cold JVM is slow). */
  private String answer(String id) {
    DataObject callback = discord.awaitCallback(id).json();
    if (callback.getInt("type") != 5) {
      return callback.toString();
    }
    return discord.await("PATCH", "webhooks/\\d+/token-" + id + "/messages/@original").body();
  }

  /** Each outbox row's state once the bot has stopped (it closed the database file). */
  private static String firstRow(Path database) {
    try {
      return outbox(database).get(0);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the outbox", e);
    }
  }

  private static List<String> outbox(Path database) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database);
        Statement query = db.createStatement();
        ResultSet row = query.executeQuery("SELECT state, claimed_by FROM outbox ORDER BY id")) {
      while (row.next()) {
        rows.add(row.getString("state") + " claimed_by=" + row.getString("claimed_by"));
      }
    }
    return rows;
  }
}
