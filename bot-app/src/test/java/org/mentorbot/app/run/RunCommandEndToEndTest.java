package org.mentorbot.app.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.discord.fake.FakeInteractions.integer;
import static org.mentorbot.discord.fake.FakeInteractions.string;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mentorbot.config.ConfigLoader;
import org.mentorbot.config.MentorbotConfig;
import org.mentorbot.core.storage.Database;
import org.mentorbot.discord.fake.FakeDiscord;
import org.mentorbot.discord.fake.FakeInteractions.Option;
import org.mentorbot.slack.fake.FakeSlack;
import org.mentorbot.slack.fake.SignedClient;

/**
 * {@code mentorbot run} as an operator starts it: a settings file pointing Discord at {@link
 * FakeDiscord} and Slack (HTTP mode, free loopback port) at {@link FakeSlack}, secrets in the
 * environment, the database in a temp folder. Members sign up and search on both platforms; the
 * rows are in the file and survive a restart.
 */
@Timeout(300)
class RunCommandEndToEndTest {

  private static final String SECRET = "run-signing-secret-0123456789";
  private static final String ADA = "530000000000000001";
  private static final String KIM = "530000000000000002";

  @TempDir Path dir;

  private final FakeDiscord discord = new FakeDiscord();
  private FakeSlack slack;
  private Path dbFile;
  private MentorbotConfig config;
  private SignedClient slackClient;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void startFakesAndWriteTheSettings() throws Exception {
    discord.start();
    slack = new FakeSlack();
    slack.user("U1ADA", "Ada", false);
    slack.user("U1KIM", "Kim", false);
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    dbFile = dir.resolve("data").resolve("mentorbot.db");
    Path file =
        Files.writeString(
            dir.resolve("mentorbot.yml"),
            String.join(
                "\n",
                "database:",
                "  path: " + dbFile,
                "discord:",
                "  apiUrl: " + discord.apiUrl(),
                "  gatewayUrl: " + discord.gatewayUrl(),
                "  devGuilds: [\"" + FakeDiscord.GUILD_ID + "\"]",
                "slack:",
                "  mode: http",
                "  port: " + port,
                "  path: /slack/events",
                "  apiUrl: " + slack.apiUrl(),
                ""));
    Map<String, String> env =
        Map.of(
            "DISCORD_TOKEN", "fake-token-0123456789",
            "SLACK_BOT_TOKEN", "xoxb-run-test-000001",
            "SLACK_SIGNING_SECRET", SECRET);
    config = ConfigLoader.load(file, env);
    slackClient =
        new SignedClient(URI.create("http://127.0.0.1:" + port + "/slack/events"), SECRET);
  }

  @AfterEach
  void stopFakes() {
    slack.close();
    discord.stop();
  }

  private RunCommand.Running start() throws Exception {
    RunCommand run = new RunCommand(new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
    return run.start(config);
  }

  private String slash(String user, String text) throws Exception {
    HttpResponse<String> response =
        slackClient.slash(
            SignedClient.slashCommand("/mentor", text, user, "C1", slack.responseUrl(user)));
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private String discordSlash(String user, String sub, Option... options) {
    String id = discord.interactions().slash(user, List.of(), "mentor", sub, options);
    return discord.awaitCallback(id).json().toString();
  }

  @Test
  void membersSignUpAndFindMentorsOnBothPlatformsAndTheDataSurvivesARestart() throws Exception {
    try (RunCommand.Running running = start()) {
      assertThat(running.platforms()).as("Discord and Slack both started").hasSize(2);
      assertThat(slash("U1ADA", "signup mentor topics:java,career years:9 tz:Europe/Berlin"))
          .contains("Welcome to the roster as a mentor");
      assertThat(slash("U1ADA", "profile")).contains("java").contains("Europe/Berlin");
      assertThat(slash("U1KIM", "find java")).contains("Ada").contains("java");

      assertThat(
              discordSlash(
                  ADA,
                  "signup",
                  string("role", "mentor"),
                  string("topics", "rust"),
                  integer("years", 7)))
          .contains("Welcome to the roster as a mentor");
      assertThat(discordSlash(ADA, "profile"))
          .contains("\"name\":\"Mentors in\",\"value\":\"rust\"");
      assertThat(discordSlash(KIM, "find", string("topic", "rust")))
          .contains("Mentors for rust")
          .contains("<@" + ADA + ">");
    }

    assertThat(mentors()).containsExactlyInAnyOrder("U1ADA:java", "U1ADA:career", ADA + ":rust");

    try (RunCommand.Running again = start()) {
      assertThat(again.platforms()).hasSize(2);
      assertThat(slash("U1KIM", "find career")).contains("Ada");
      assertThat(discordSlash(ADA, "profile"))
          .contains("\"name\":\"Mentors in\",\"value\":\"rust\"");
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  /** What the database file holds once the bot has stopped: mentor and topic per row. */
  private List<String> mentors() {
    try (Database db = Database.openFile(dbFile.toString())) {
      return db.read(
          h ->
              h.createQuery(
                      "SELECT user_id || ':' || topic FROM member_topic WHERE role = 'mentor'")
                  .mapTo(String.class)
                  .list());
    }
  }
}
