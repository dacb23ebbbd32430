package org.mentorbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.MentorbotCore;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.testing.MutableClock;
import org.mentorbot.slack.fake.ApiCall;
import org.mentorbot.slack.fake.FakeSlack;
import org.mentorbot.slack.fake.SignedClient;

/**
 * The real core on an in-memory database behind the real Bolt app: commands arrive as signed Slack
 * requests, answers come back in acks and outbound messages reach the fake Slack through {@link
 * SlackChatGateway}.
 */
class SlackEndToEndTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private FakeSlack fake;
  private Database db;
  private MutableClock clock;
  private SlackChatGateway gateway;
  private MentorbotCore core;
  private SlackBot bot;
  private SignedClient client;

  @BeforeEach
  void start() throws Exception {
    fake = new FakeSlack();
    fake.user("U1", "Alice", false);
    fake.user("U2", "Bob", false);
    db = Database.inMemory();
    clock = MutableClock.startingMonday();
    int port = HttpBotFixture.freePort();
    SlackSettings settings =
        new SlackSettings(
            "xoxb-test-token-000001",
            Optional.empty(),
            Optional.of(HttpBotFixture.SECRET),
            port,
            "/slack/events",
            fake.apiUrl(),
            Optional.empty());
    gateway = new SlackChatGateway(settings);
    core = MentorbotCore.builder(db, gateway).clock(clock).build();
    bot = new SlackBot(settings, core.commands());
    bot.start();
    client =
        new SignedClient(
            URI.create("http://127.0.0.1:" + port + "/slack/events"), HttpBotFixture.SECRET);
  }

  @AfterEach
  void stop() throws Exception {
    bot.close();
    core.close();
    gateway.close();
    db.close();
    fake.close();
  }

  private String slash(String command, String text, String user) throws Exception {
    String body =
        client
            .slash(SignedClient.slashCommand(command, text, user, "C1", fake.responseUrl("e2e")))
            .body();
    return JsonParser.parseString(body).toString();
  }

  @Test
  void signupProfileHelpAndFindWorkThroughSlashCommands() throws Exception {
    String signup =
        slash("/mentor", "signup mentor topics:java,career years:8 tz:Europe/Berlin", "U1");
    String profile = slash("/mentor", "profile", "U1");
    String help = slash("/mentor", "help", "U2");
    String find = slash("/mentor", "find java", "U2");
    String bad = slash("/mentor", "signup mentor years:eight", "U2");

    assertThat(signup).doesNotContain(":warning:");
    assertThat(profile).contains("java").contains("career");
    assertThat(help).contains("/mentor signup").contains("/queue join");
    assertThat(find).contains("@Alice").doesNotContain("<@U1>");
    assertThat(bad).contains(":warning:").contains("ephemeral");
  }

  @Test
  void theModalSignsAMemberUpAndTheHomeTabShowsIt() throws Exception {
    client.interaction(
        Payloads.signupSubmission(
            "U2",
            "C1",
            Map.of("role", "mentee", "topics", "java", "goals", "Learn to design services")));
    ApiCall answer = fake.await("chat.postEphemeral");
    client.event(Payloads.appHomeOpened("U2"));
    ApiCall home = fake.await("views.publish");
    String profile = slash("/mentor", "profile", "U2");

    assertThat(answer.param("blocks")).doesNotContain(":warning:");
    assertThat(profile).contains("Learn to design services");
    assertThat(home.json("view").toString()).contains("mentorbot");
  }

  @Test
  void aButtonPressRunsTheCoresActionAndAnswersTheMessage() throws Exception {
    String ask = slash("/mentor", "forget-me", "U1");
    String cancel = "forget:cancel";
    assertThat(ask).contains(cancel);

    client.interaction(Payloads.blockAction("U1", "C1", fake.responseUrl("press"), cancel));

    ApiCall answer = fake.await("response_url", c -> c.path().endsWith("press"), WAIT);
    assertThat(answer.body()).contains("Nothing was erased");
  }

  @Test
  void outboundMessagesSurviveARateLimitAndArriveLater() throws Exception {
    slash("/mentor", "signup mentor topics:java", "U1");
    fake.script("chat.postMessage", FakeSlack.Answer.rateLimited(30), 1);

    String reply = slash("/mentor", "export", "U1");
    core.runDueWork();
    assertThat(fake.calls("chat.postMessage")).hasSize(1); // the 429
    clock.advance(Duration.ofSeconds(10));
    core.runDueWork();
    assertThat(fake.calls("chat.postMessage")).hasSize(1); // not before Retry-After
    clock.advance(Duration.ofSeconds(25));
    core.runDueWork();

    assertThat(fake.calls("chat.postMessage")).hasSize(2);
    ApiCall delivered = fake.calls("chat.postMessage").get(1);
    assertThat(delivered.param("channel")).isEqualTo("DU1");
    assertThat(delivered.param("text")).contains("everything mentorbot stores");
    assertThat(fake.calls("files.completeUploadExternal")).isNotEmpty();
  }
}
