package org.mentorbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

  @TempDir Path dir;

  private FakeSlack fake;
  private Database db;
  private MutableClock clock;
  private SlackChatGateway gateway;
  private MentorbotCore core;
  private SlackBot bot;
  private SignedClient client;
  private int requests;

  @BeforeEach
  void start() throws Exception {
    fake = new FakeSlack();
    fake.user("U1", "Alice", false);
    fake.user("U2", "Bob", false);
    // A file, as in production: concurrent readers and the writer then wait for each other.
    db = Database.openFile(dir.resolve("e2e.db").toString());
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

  /**
   * The reply to a slash command: in the ack, or through its own response_url when the bot took
   * longer than its ack budget (a loaded build machine).
   */
  private String slash(String command, String text, String user) throws Exception {
    String id = "e2e" + ++requests;
    String body =
        client
            .slash(SignedClient.slashCommand(command, text, user, "C1", fake.responseUrl(id)))
            .body();
    if (body.isBlank()) {
      body = fake.await("response_url", c -> c.path().endsWith("/" + id), WAIT).body();
    }
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

    slash("/mentor", "export", "U1");
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

  private String escapedSlash(String command, String text, String user) throws Exception {
    return slash(command, fake.escaped(text), user);
  }

  @Test
  void anEscapedMemberOptionBlocksThatMemberById() throws Exception {
    slash("/mentor", "signup mentor topics:java", "U1");

    String reply = escapedSlash("/mentor", "block <@U2>", "U1");

    assertThat(reply).contains("Blocked @Bob");
    assertThat(blocks()).containsExactly("U1 blocked U2");
  }

  @Test
  void aPlainNameNobodyHasBlocksNobodyAndSaysSo() throws Exception {
    slash("/mentor", "signup mentor topics:java", "U1");

    String reply = slash("/mentor", "block @troll", "U1");

    assertThat(reply).contains("no member called @troll").doesNotContain("Blocked");
    assertThat(blocks()).isEmpty();
  }

  @Test
  void aPlainNameFromAnOlderManifestBlocksTheMemberOfThatName() throws Exception {
    slash("/mentor", "signup mentor topics:java", "U1");

    slash("/mentor", "block @bob", "U1");

    assertThat(blocks()).containsExactly("U1 blocked U2");
  }

  @Test
  void theCoresOwnMentionInAProblemRendersAsAMentionWhileMemberTextStaysDefused() throws Exception {
    fake.user("U0NOBODY1", "Nobody", false);

    String reply = escapedSlash("/mentor", "profile <@U0NOBODY1>", "U1");
    String refused = slash("/mentor", "find <@U2> &lt;!channel&gt;", "U1");

    assertThat(reply)
        .contains("<@U0NOBODY1> is not on the roster")
        .doesNotContain("&lt;@U0NOBODY1");
    assertThat(refused).doesNotContain("<!channel>").doesNotContain("<@U2>");
  }

  private List<String> blocks() {
    return db.read(
        h ->
            h.createQuery("SELECT blocker_id || ' blocked ' || blocked_id FROM member_block")
                .mapTo(String.class)
                .list());
  }
}
