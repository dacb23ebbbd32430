package org.mentorbot.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

  /** What the JVM exits with after SIGTERM once its shutdown hooks are done (128 + 15). */
  private static final int SIGTERM_EXIT = 143;

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

  /**
   * Socket Mode, then SIGTERM with a command in flight (Kim's, waiting on {@code users.info}): a
   * command arriving after SIGTERM is answered "restarting", Kim's still gets its reply, the socket
   * gets a close frame (1000, not the 1006 of a process that just died).
   */
  @Test
  void socketModeAnswersASlashCommandAndStopsGracefullyOnSigterm() throws Exception {
    slack.user("U1KIM", "Kim", false);
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

      socket.send("env-jar-1", "slash_commands", signup("U1ADA", "mentor", "jar"));
      JsonObject ack = socket.awaitAck("env-jar-1", WAIT);
      assertThat(replyTo(ack.toString(), "jar")).contains("Welcome to the roster as a mentor");

      CountDownLatch kimsLookup = slack.hold("users.info");
      socket.send("env-jar-2", "slash_commands", signup("U1KIM", "mentor", "kim"));
      slack.await("users.info", c -> c.body().contains("U1KIM"), WAIT);

      child.terminate();
      child.awaitErr("Slack takes no new commands; 1 in progress", WAIT);
      socket.send("env-jar-3", "slash_commands", signup("U1ADA", "mentor", "late"));
      assertThat(socket.awaitAck("env-jar-3", WAIT).toString())
          .as("a command after SIGTERM is answered, not dropped")
          .contains("mentorbot is restarting and did not run that");
      kimsLookup.countDown();

      assertThat(replyTo(socket.awaitAck("env-jar-2", WAIT).toString(), "kim"))
          .as("the command in flight at SIGTERM still gets its reply")
          .contains("Welcome to the roster as a mentor");
      assertThat(child.awaitExit(WAIT)).isEqualTo(SIGTERM_EXIT);
      assertThat(socket.awaitCloseCodes(1, WAIT))
          .as("the socket got a close frame (1006 would mean the process just died)")
          .containsExactly(1000);
      assertOneLineMessagesOnly();
    }
  }

  /** Starts the jar in HTTP mode on a free port; a client that signs what it sends. */
  private SignedClient startInHttpMode() throws Exception {
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
    return new SignedClient(URI.create("http://127.0.0.1:" + port + "/slack/events"), SECRET);
  }

  private Map<String, String> signup(String user, String role, String responseId) {
    return SignedClient.slashCommand(
        "/mentor",
        "signup " + role + " topics:java years:9",
        user,
        "C1",
        slack.responseUrl(responseId));
  }

  @Test
  void httpModeAnswersASignedSlashCommand() throws Exception {
    SignedClient client = startInHttpMode();

    HttpResponse<String> response =
        client.slash(
            SignedClient.slashCommand(
                "/mentor",
                "signup mentor topics:java years:9",
                "U1ADA",
                "C1",
                slack.responseUrl("jar")));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(replyTo(response.body(), "jar")).contains("Welcome to the roster as a mentor");
    assertCleanStop();
  }

  /**
   * HTTP mode behind a load balancer, SIGTERM with a command in flight (Kim's, waiting on {@code
   * users.info}): the listener keeps answering during the stop (a new command is told
   * "restarting"), Kim's request gets its whole HTTP 200 ack (Jetty is stopped only after every
   * response in progress was written; it once cut this ack and the client saw EOF) and its reply,
   * the process exits within the stop's limit, and the database was closed cleanly: Kim is on the
   * roster and SQLite's write-ahead log was checkpointed and removed.
   */
  @Test
  void httpModeFinishesTheCommandInFlightOnSigterm() throws Exception {
    slack.user("U1KIM", "Kim", false);
    Path database = dir.resolve("data").resolve("mentorbot.db");
    SignedClient client = startInHttpMode();
    CountDownLatch kimsLookup = slack.hold("users.info");
    CompletableFuture<HttpResponse<String>> kims =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return client.slash(signup("U1KIM", "mentor", "kim"));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    slack.await("users.info", c -> c.body().contains("U1KIM"), WAIT);

    child.terminate();
    child.awaitErr("Slack takes no new commands; 1 in progress", WAIT);
    HttpResponse<String> late = client.slash(signup("U1ADA", "mentor", "late"));
    assertThat(late.body())
        .as("a command after SIGTERM is answered, not dropped")
        .contains("mentorbot is restarting and did not run that");
    kimsLookup.countDown();

    HttpResponse<String> kimsAck = kims.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(kimsAck.statusCode()).as("the held ack arrived whole").isEqualTo(200);
    assertThat(replyTo(kimsAck.body(), "kim"))
        .as("the command in flight at SIGTERM still gets its reply")
        .contains("Welcome to the roster as a mentor");
    assertThat(child.awaitExit(RunCommand.STOP_LIMIT.plus(WAIT))).isEqualTo(SIGTERM_EXIT);
    assertOneLineMessagesOnly();
    assertThat(dir.resolve("data").resolve("mentorbot.db-wal"))
        .as("the database was closed (a process that just died leaves its WAL behind)")
        .doesNotExist();
    assertThat(mentors(database)).containsExactly("U1KIM");
  }

  /** The user ids of the mentors on the roster, read from the database the bot closed. */
  private static List<String> mentors(Path database) throws Exception {
    List<String> ids = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database);
        Statement query = db.createStatement();
        ResultSet row =
            query.executeQuery("SELECT user_id FROM member WHERE is_mentor = 1 ORDER BY user_id")) {
      while (row.next()) {
        ids.add(row.getString("user_id"));
      }
    }
    return ids;
  }

  /**
   * The reply: in the ack when the bot answered within its budget, else posted to the command's
   * response_url (a cold JVM's first command can take longer than the budget).
   */
  private String replyTo(String ack, String responseId) throws InterruptedException {
    if (ack.contains("Welcome")) {
      return ack;
    }
    String path = java.net.URI.create(slack.responseUrl(responseId)).getPath();
    return slack.await("response_url", c -> path.equals(c.params().get("path")), WAIT).body();
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
    assertThat(child.stop(WAIT)).isEqualTo(SIGTERM_EXIT);
    assertOneLineMessagesOnly();
  }

  /** stderr: the stop was logged, one line per message, no stack trace, no secret. */
  private void assertOneLineMessagesOnly() {
    String err = child.err();
    assertThat(err)
        .contains("Stopping: finishing work in progress")
        .contains("mentorbot stopped")
        .doesNotContain("NoClassDefFoundError")
        .doesNotContain("Exception")
        .doesNotContain(BOT_TOKEN)
        .doesNotContain(SECRET)
        // main widened the common pool before anything loaded it (CommonPool); on a two-core
        // machine the adapter warns otherwise
        .doesNotContain("common thread pool has one thread");
    assertThat(err.lines().filter(line -> line.startsWith("\t") || line.startsWith(" ")))
        .as("one line per message: no stack trace")
        .isEmpty();
  }
}
