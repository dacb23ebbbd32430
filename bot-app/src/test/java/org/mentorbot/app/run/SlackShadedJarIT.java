package org.mentorbot.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mentorbot.slack.fake.FakeSlack;
import org.mentorbot.slack.fake.FakeSocketMode;
import org.mentorbot.slack.fake.SignedClient;

/**
 * The shipped jar on Slack, as an operator runs it: {@code java -jar mentorbot.jar run} in a child
 * JVM, secrets in its environment, the Web API at {@link FakeSlack}. In Socket Mode a slash command
 * arrives as an envelope over the fake's WebSocket; in HTTP mode as a signed request. Either way
 * the reply must come back, so a library missing from the jar (Java-WebSocket once was) fails the
 * build.
 */
@Timeout(240)
class SlackShadedJarIT {

  private static final Duration START = Duration.ofSeconds(90);
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String BOT_TOKEN = "xoxb-jar-test-token-000001";
  private static final String SECRET = "jar-signing-secret-0123456789";

  @TempDir Path dir;

  private FakeSlack slack;
  private ChildJar child;

  @BeforeEach
  void startTheFake() throws Exception {
    slack = new FakeSlack();
    slack.user("U1ADA", "Ada", false);
  }

  @AfterEach
  void stopEverything() throws Exception {
    if (child != null) {
      child.close();
    }
    slack.close();
  }

  private Path config(String slackSection) throws Exception {
    return Files.writeString(
        dir.resolve("mentorbot.yml"),
        String.join(
            "\n",
            "database:",
            "  path: " + dir.resolve("data").resolve("mentorbot.db"),
            "slack:",
            slackSection,
            "  apiUrl: " + slack.apiUrl(),
            ""));
  }

  @Test
  void socketModeAnswersASlashCommandSentOverTheWebSocket() throws Exception {
    try (FakeSocketMode socket = new FakeSocketMode()) {
      slack.socketModeAt(socket.url());
      Path config = config("  mode: socket");
      child =
          ChildJar.start(
              dir,
              Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_APP_TOKEN", "xapp-jar-test-token-01"),
              "run",
              "--config",
              config.toString());
      awaitSocket(socket);

      socket.send(
          "env-jar-1",
          "slash_commands",
          SignedClient.slashCommand(
              "/mentor",
              "signup mentor topics:java years:9",
              "U1ADA",
              "C1",
              slack.responseUrl("jar")));

      JsonObject ack = socket.awaitAck("env-jar-1", WAIT);
      assertThat(replyTo(ack.toString())).contains("Welcome to the roster as a mentor");
      assertCleanStop();
    }
  }

  @Test
  void httpModeAnswersASignedSlashCommand() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path config = config("  mode: http\n  port: " + port + "\n  path: /slack/events");
    child =
        ChildJar.start(
            dir,
            Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_SIGNING_SECRET", SECRET),
            "run",
            "--config",
            config.toString());
    child.awaitListening(port, START);
    SignedClient client =
        new SignedClient(URI.create("http://127.0.0.1:" + port + "/slack/events"), SECRET);

    HttpResponse<String> response =
        client.slash(
            SignedClient.slashCommand(
                "/mentor",
                "signup mentor topics:java years:9",
                "U1ADA",
                "C1",
                slack.responseUrl("jar")));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(replyTo(response.body())).contains("Welcome to the roster as a mentor");
    assertCleanStop();
  }

  /**
   * The reply: in the ack when the bot answered within its budget, else posted to response_url (a
   * cold JVM's first command can take longer than the budget).
   */
  private String replyTo(String ack) throws InterruptedException {
    if (ack.contains("Welcome")) {
      return ack;
    }
    return slack.await("response_url", c -> c.body().contains("Welcome"), WAIT).body();
  }

  private void awaitSocket(FakeSocketMode socket) throws InterruptedException {
    long deadline = System.nanoTime() + START.toNanos();
    while (!socket.connected(Duration.ofMillis(200))) {
      assertThat(child.alive()).as("the child is running; its stderr:%n%s", child.err()).isTrue();
      assertThat(System.nanoTime()).as("connected within %s", START).isLessThan(deadline);
    }
  }

  private void assertCleanStop() throws InterruptedException {
    assertThat(child.alive()).isTrue();
    child.stop(WAIT);
    assertThat(child.err())
        .doesNotContain("NoClassDefFoundError")
        .doesNotContain("Exception")
        .doesNotContain(BOT_TOKEN)
        .doesNotContain(SECRET);
  }
}
