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

  /** The first button of a posted message whose value starts with {@code prefix}. */
  private static com.google.gson.JsonObject button(ApiCall post, String prefix) {
    for (var block : JsonParser.parseString(post.param("blocks")).getAsJsonArray()) {
      var elements = block.getAsJsonObject().getAsJsonArray("elements");
      if (!"actions".equals(block.getAsJsonObject().get("type").getAsString())) {
        continue;
      }
      for (var element : elements) {
        var b = element.getAsJsonObject();
        if (b.has("value") && b.get("value").getAsString().startsWith(prefix)) {
          return b;
        }
      }
    }
    throw new AssertionError("no " + prefix + " button in " + post.param("blocks"));
  }

  private int entries(String user) {
    Integer n =
        db.read(
            h ->
                h.createQuery("SELECT COUNT(*) FROM oh_entry WHERE user_id = :u")
                    .bind("u", user)
                    .mapTo(Integer.class)
                    .one());
    return n;
  }

  @Test
  void officeHoursJoinButtonOpensAModalAndTheSubmittedQuestionJoinsTheQueue() throws Exception {
    fake.user("UMOD", "Mod", true);
    fake.user("U3", "Cat", false);
    fake.channel("C1", "general");
    assertThat(escapedSlash("/mentor", "config announce-channel:<#C1>", "UMOD"))
        .doesNotContain(":warning:");
    slash("/mentor", "signup mentor topics:jdbc", "U1");
    slash("/officehours", "open topic:jdbc", "U1");
    core.runDueWork();
    ApiCall announcement =
        fake.await(
            "chat.postMessage",
            c ->
                "C1".equals(c.param("channel"))
                    && String.valueOf(c.param("blocks")).contains("oh-join:"),
            WAIT);
    var join = button(announcement, "oh-join:");

    // The press, as Slack sends it: the form opens with views.open, within Slack's limits.
    client.interaction(
        Payloads.pressed(
            "U2",
            "C1",
            fake.responseUrl("join"),
            join.get("action_id").getAsString(),
            join.get("value").getAsString()));
    ApiCall open = fake.await("views.open", c -> true, WAIT);
    assertThat(open.param("trigger_id")).isEqualTo("trigger-1");
    var view = open.json("view").getAsJsonObject();
    assertThat(view.get("callback_id").getAsString()).isEqualTo("mentorbot-form:queue:join");
    assertThat(view.get("private_metadata").getAsString()).isEqualTo("C1\nsession=1");
    assertThat(view.getAsJsonObject("title").get("text").getAsString())
        .isEqualTo("Join office hours #1");
    String blocks = view.get("blocks").toString();
    assertThat(blocks)
        .contains("Nobody is waiting yet")
        .contains("Only the mentors hosting this queue see your question")
        .contains("\"block_id\":\"question\"")
        .contains("\"max_length\":500");
    assertThat(fake.violations()).as("Slack would take the view").isEmpty();
    assertThat(fake.calls("response_url").stream().filter(c -> c.path().endsWith("join")))
        .as("the form is the answer")
        .isEmpty();
    assertThat(entries("U2")).isZero();

    // The submission, as Slack sends it, joins the queue with the question.
    String question = "How do I close a ResultSet in a stream?";
    var ack = client.interaction(Payloads.formSubmission("U2", view, Map.of("question", question)));
    assertThat(ack.statusCode()).isEqualTo(200);
    ApiCall joined =
        fake.await(
            "chat.postEphemeral",
            c -> String.valueOf(c.param("blocks")).contains("in the queue for"),
            WAIT);
    assertThat(joined.param("user")).isEqualTo("U2");
    assertThat(joined.param("channel")).isEqualTo("C1");
    assertThat(joined.param("blocks")).contains("in the queue for #1 (jdbc) with @Alice");
    List<String> stored =
        db.read(
            h ->
                h.createQuery("SELECT question FROM oh_entry WHERE user_id = 'U2'")
                    .mapTo(String.class)
                    .list());
    assertThat(stored).containsExactly(question);
    core.runDueWork();
    assertThat(
            fake.calls().stream()
                .filter(c -> c.body().contains("ResultSet"))
                .map(c -> c.method() + " " + c.param("channel")))
        .as("the question reaches the mentor's DM and nowhere else")
        .containsExactly("chat.postMessage DU1");

    // Refusals: an empty question is shown under the input; a second join and a paused queue
    // close the form with a private answer; nothing changes.
    var empty = client.interaction(Payloads.formSubmission("U2", view, Map.of("question", " ")));
    if (empty.body().isBlank()) { // the core took longer than the ack budget (a loaded machine)
      fake.await(
          "chat.postEphemeral", c -> String.valueOf(c.param("blocks")).contains("question"), WAIT);
    } else {
      assertThat(empty.body())
          .contains("\"response_action\":\"errors\"")
          .contains("\"errors\":{\"question\":");
    }
    client.interaction(Payloads.formSubmission("U2", view, Map.of("question", "again")));
    assertThat(
            fake.await(
                    "chat.postEphemeral",
                    c -> String.valueOf(c.param("blocks")).contains("already in the queue"),
                    WAIT)
                .param("user"))
        .isEqualTo("U2");
    client.interaction(
        Payloads.pressed(
            "U2",
            "C1",
            fake.responseUrl("again"),
            join.get("action_id").getAsString(),
            join.get("value").getAsString()));
    assertThat(fake.await("response_url", c -> c.path().endsWith("again"), WAIT).body())
        .contains("already in the queue")
        .contains("ephemeral");
    slash("/officehours", "pause", "U1");
    client.interaction(
        Payloads.pressed(
            "U3",
            "C1",
            fake.responseUrl("paused"),
            join.get("action_id").getAsString(),
            join.get("value").getAsString()));
    assertThat(fake.await("response_url", c -> c.path().endsWith("paused"), WAIT).body())
        .contains("not taking new people right now");
    client.interaction(Payloads.formSubmission("U3", view, Map.of("question", "mine")));
    assertThat(
            fake.await(
                    "chat.postEphemeral",
                    c -> String.valueOf(c.param("blocks")).contains("not taking new people"),
                    WAIT)
                .param("user"))
        .isEqualTo("U3");
    assertThat(entries("U2")).isOne();
    assertThat(entries("U3")).isZero();
    assertThat(fake.calls("views.open")).as("refused presses open no form").hasSize(1);
  }

  /** Presses a button of a posted message as {@code user}; the answer through response_url. */
  private String press(String user, String channel, com.google.gson.JsonObject button, String id)
      throws Exception {
    client.interaction(
        Payloads.pressed(
            user,
            channel,
            fake.responseUrl(id),
            button.get("action_id").getAsString(),
            button.get("value").getAsString()));
    return fake.await("response_url", c -> c.path().endsWith("/" + id), WAIT).body();
  }

  @Test
  void roundButtonsWorkFromTheInvitationDmAndTheModeratorsSignupClosedNotice() throws Exception {
    fake.user("UMOD", "Mod", true);
    fake.channel("C1", "general");
    escapedSlash("/mentor", "config announce-channel:<#C1>", "UMOD");
    slash("/mentor", "signup mentor topics:elm years:9", "U1");
    slash("/mentor", "signup mentee topics:elm years:1 goals:\"ship an elm app\"", "U2");
    assertThat(slash("/round", "open days:2", "UMOD")).doesNotContain(":warning:");
    core.runDueWork();

    // Each member's invitation DM carries Join; pressed in the DM as Slack sends it.
    for (String member : List.of("U1", "U2")) {
      ApiCall invitation =
          fake.await(
              "chat.postMessage",
              c ->
                  ("D" + member).equals(c.param("channel"))
                      && String.valueOf(c.param("blocks")).contains("round-join:"),
              WAIT);
      String answer = press(member, "D" + member, button(invitation, "round-join:"), "j" + member);
      assertThat(answer).contains("You joined round 1");
    }
    List<String> joined =
        db.read(
            h ->
                h.createQuery("SELECT user_id || ':' || role FROM round_participant ORDER BY role")
                    .mapTo(String.class)
                    .list());
    assertThat(joined).containsExactly("U2:mentee", "U1:mentor");

    // Sign-up closes: the moderators get the counts with Preview / Publish in the channel.
    clock.advance(Duration.ofDays(2).plusMinutes(1));
    core.runDueWork();
    ApiCall notice =
        fake.await(
            "chat.postMessage",
            c ->
                "C1".equals(c.param("channel"))
                    && String.valueOf(c.param("blocks")).contains("round-publish:"),
            WAIT);
    assertThat(notice.param("blocks")).contains("1 mentor and 1 mentee joined");
    var preview = button(notice, "round-preview:");
    var publish = button(notice, "round-publish:");

    assertThat(press("UMOD", "C1", preview, "preview")).contains("@Alice").contains("@Bob");
    assertThat(press("U2", "C1", publish, "refused")).contains("Only moderators can run");
    assertThat(press("UMOD", "C1", publish, "publish")).contains("is published");
    assertThat(press("UMOD", "C1", publish, "again")).contains("already published");
    List<String> pairs =
        db.read(
            h ->
                h.createQuery("SELECT mentor_id || ':' || mentee_id FROM match_pair")
                    .mapTo(String.class)
                    .list());
    assertThat(pairs).containsExactly("U1:U2");
    assertThat(fake.violations()).isEmpty();
  }
}
