package org.mentorbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.messaging.Attachment;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.slack.fake.ApiCall;
import org.mentorbot.slack.fake.FakeSlack;
import org.mentorbot.slack.fake.ScriptedCore;
import org.mentorbot.slack.fake.SignedClient;

class SlackBotHttpTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private ScriptedCore core;
  private HttpBotFixture slack;

  @BeforeEach
  void start() throws Exception {
    core = new ScriptedCore();
    slack = new HttpBotFixture(core, Duration.ofMillis(1500));
    slack.fake.user("U1", "Alice", false);
    slack.fake.user("UADMIN", "Ada", true);
    slack.fake.user("UMOD", "Mo", false);
    slack.fake.userGroup(HttpBotFixture.MOD_GROUP_ID, HttpBotFixture.MOD_GROUP_HANDLE, "UMOD");
  }

  @AfterEach
  void stop() throws Exception {
    core.release();
    slack.close();
  }

  private HttpResponse<String> slash(String command, String text, String user) throws Exception {
    return slack.client.slash(
        SignedClient.slashCommand(command, text, user, "C1", slack.fake.responseUrl("cmd")));
  }

  @Test
  void everyCommandFamilyReachesTheCoreWithItsRootAndText() throws Exception {
    List<String[]> sent =
        List.of(
            new String[] {"/mentor", "find java", "mentor"},
            new String[] {"/round", "open days:7", "round"},
            new String[] {"/officehours", "open topic:\"career talk\"", "officehours"},
            new String[] {"/queue", "join 3 question:\"how?\"", "queue"});
    for (String[] s : sent) {
      HttpResponse<String> ack = slash(s[0], s[1], "U1");
      assertThat(ack.statusCode()).isEqualTo(200);
      JsonObject body = JsonParser.parseString(ack.body()).getAsJsonObject();
      assertThat(body.get("response_type").getAsString()).isEqualTo("ephemeral");
      assertThat(body.get("text").getAsString()).isEqualTo("ok " + s[1]);
    }

    List<ScriptedCore.Call> calls = core.calls();
    assertThat(calls)
        .extracting(ScriptedCore.Call::root)
        .containsExactly("mentor", "round", "officehours", "queue");
    assertThat(calls)
        .extracting(ScriptedCore.Call::text)
        .containsExactly(
            "find java", "open days:7", "open topic:\"career talk\"", "join 3 question:\"how?\"");
    ScriptedCore.Call first = calls.get(0);
    assertThat(first.invocation().community().platform()).isEqualTo(Platform.SLACK);
    assertThat(first.invocation().community().externalId()).isEqualTo("T0TEAM");
    assertThat(first.invocation().actor().userId()).isEqualTo("U1");
    assertThat(first.invocation().actor().displayName()).isEqualTo("Alice");
    assertThat(first.invocation().channelId()).contains("C1");
  }

  @Test
  void publicRepliesAreShownInTheChannel() throws Exception {
    core.answer(c -> Reply.publicly(Message.of("Round 4 is open")));

    JsonObject body =
        JsonParser.parseString(slash("/round", "open", "UADMIN").body()).getAsJsonObject();

    assertThat(body.get("response_type").getAsString()).isEqualTo("in_channel");
    assertThat(body.get("blocks").toString()).contains("Round 4 is open");
  }

  @Test
  void moderatorFactsComeFromSlackAdminsAndTheModeratorGroup() throws Exception {
    slash("/mentor", "stats", "U1");
    slash("/mentor", "stats", "UADMIN");
    slash("/mentor", "stats", "UMOD");

    List<ScriptedCore.Call> calls = core.calls();
    assertThat(calls.get(0).invocation().actor().platformModerator()).isFalse();
    assertThat(calls.get(1).invocation().actor().platformModerator()).isTrue();
    assertThat(calls.get(2).invocation().actor().platformModerator()).isTrue();
    assertThat(calls.get(2).invocation().actor().groupIds())
        .containsExactlyInAnyOrder("S0MODS", "mentor-mods");
    assertThat(slack.fake.calls("usergroups.list")).hasSize(1); // cached
  }

  @Test
  void slowCommandsAreAckedAtOnceAndAnsweredThroughResponseUrl() throws Exception {
    core.hold();

    HttpResponse<String> ack = slash("/mentor", "matches", "U1");

    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(ack.body()).doesNotContain("ok matches");
    core.release();
    ApiCall late = slack.fake.await("response_url", c -> c.body().contains("ok matches"), WAIT);
    assertThat(late.bodyJson().getAsJsonObject().get("response_type").getAsString())
        .isEqualTo("ephemeral");
  }

  @Test
  void afterStopTakingWorkNewCommandsAreToldItRestartsAndTheOneInFlightIsAnsweredFirst()
      throws Exception {
    core.hold();
    assertThat(slash("/mentor", "matches", "U1").body()).doesNotContain("ok matches");

    Thread stopper = new Thread(slack.bot::stopTakingWork, "test-stopper");
    stopper.start();
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (slack.bot.takingWork()) {
      assertThat(System.nanoTime()).as("stopping began within %s", WAIT).isLessThan(deadline);
      Thread.onSpinWait();
    }
    assertThat(slash("/mentor", "find java", "U1").body())
        .contains("mentorbot is restarting and did not run that");
    assertThat(core.calls()).extracting(ScriptedCore.Call::text).containsExactly("matches");
    assertThat(stopper.isAlive()).as("waits for the command in flight").isTrue();

    core.release();
    stopper.join(WAIT.toMillis());
    assertThat(stopper.isAlive()).isFalse();
    assertThat(slack.fake.calls("response_url"))
        .as("the late reply was posted before stopTakingWork returned")
        .anySatisfy(c -> assertThat(c.body()).contains("ok matches"));
  }

  /**
   * The stop as {@code mentorbot run} does it (stopTakingWork, then close) while an ack is still
   * being prepared: a bare signup waits on {@code views.open} before it acks. close() closes the
   * listening socket, then lets that exchange write its whole response before it closes the
   * connection, so once close() returned the socket holds a complete HTTP 200 and then its end.
   * (Bolt's own server closed the connection at once, and Slack saw no ack at all.)
   */
  @Test
  void closeLetsAnAckStillBeingPreparedBeWrittenInFullBeforeTheConnectionCloses() throws Exception {
    CountDownLatch formOpens = slack.fake.hold("views.open");
    try (RawHttp exchange = new RawHttp(slack.port, WAIT)) {
      exchange.slash(slack.client, signup("U1"));
      slack.fake.await("views.open", c -> true, WAIT);

      Thread closer = stopLikeMentorbotRun();
      awaitNoNewConnections();
      formOpens.countDown();
      closer.join(WAIT.toMillis());
      assertThat(closer.isAlive()).as("close() returned within %s", WAIT).isFalse();

      RawHttp.Response ack = exchange.response();
      assertThat(ack.status()).isEqualTo(200);
      assertThat(exchange.closedByTheBot()).as("then the bot closed the connection").isTrue();
    }
  }

  /**
   * While close() waits for an ack still being written, a request on a connection already open is
   * answered 503 at once and a new connection is refused: nothing waits for an answer that never
   * comes.
   */
  @Test
  void whileCloseWaitsForAnAckNewRequestsAreTurnedAwayAtOnce() throws Exception {
    try (RawHttp idle = new RawHttp(slack.port, WAIT);
        RawHttp held = new RawHttp(slack.port, WAIT)) {
      idle.slash(slack.client, form("/mentor", "find java", "U1"));
      assertThat(idle.response().body()).contains("ok find java");
      CountDownLatch formOpens = slack.fake.hold("views.open");
      held.slash(slack.client, signup("U1"));
      slack.fake.await("views.open", c -> true, WAIT);

      Thread closer = stopLikeMentorbotRun();
      awaitNoNewConnections();
      try {
        idle.slash(slack.client, form("/mentor", "find rust", "U1"));
        assertThat(idle.response().status()).isEqualTo(503);
      } finally {
        formOpens.countDown();
      }
      assertThat(held.response().status()).isEqualTo(200);
      closer.join(WAIT.toMillis());
      assertThat(closer.isAlive()).isFalse();
      assertThat(core.calls()).extracting(ScriptedCore.Call::text).containsExactly("find java");
    }
  }

  @Test
  void aPortAlreadyInUseFailsTheStartNamingThePort() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      int port = taken.getLocalPort();
      SlackBot second =
          new SlackBot(
              new SlackSettings(
                  "xoxb-test-token-000001",
                  Optional.empty(),
                  Optional.of(HttpBotFixture.SECRET),
                  port,
                  "/slack/events",
                  slack.fake.apiUrl(),
                  Optional.empty()),
              core);
      try {
        assertThatThrownBy(second::start).hasMessageContaining(String.valueOf(port));
      } finally {
        second.close();
      }
    }
  }

  private Map<String, String> signup(String user) {
    return form("/mentor", "signup", user);
  }

  private Map<String, String> form(String command, String text, String user) {
    return SignedClient.slashCommand(command, text, user, "C1", slack.fake.responseUrl("raw"));
  }

  /** Stops the bot in the order {@code mentorbot run} does, on a thread of its own. */
  private Thread stopLikeMentorbotRun() {
    Thread closer =
        new Thread(
            () -> {
              slack.bot.stopTakingWork();
              slack.bot.close();
            },
            "test-closer");
    closer.start();
    return closer;
  }

  /** Waits until the bot's port refuses connections: the stop has begun. */
  private void awaitNoNewConnections() {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      try (Socket probe = new Socket()) {
        probe.connect(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), slack.port),
            (int) WAIT.toMillis());
      } catch (IOException refused) {
        return;
      }
      assertThat(System.nanoTime())
          .as("the port stopped taking connections within %s", WAIT)
          .isLessThan(deadline);
    }
  }

  @Test
  void badSignaturesAreRejectedAndNothingRuns() throws Exception {
    String body =
        SignedClient.formBody(
            SignedClient.slashCommand("/mentor", "leave", "U1", "C1", slack.fake.responseUrl("x")));

    HttpResponse<String> forged =
        slack.client.post(
            body, "application/x-www-form-urlencoded", SignedClient.nowSeconds(), false);

    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(core.calls()).isEmpty();
  }

  @Test
  void staleTimestampsAreRejectedEvenWhenSignedCorrectly() throws Exception {
    String body =
        SignedClient.formBody(
            SignedClient.slashCommand("/mentor", "leave", "U1", "C1", slack.fake.responseUrl("x")));
    long tenMinutesAgo = SignedClient.nowSeconds() - 600;

    HttpResponse<String> replayed =
        slack.client.post(body, "application/x-www-form-urlencoded", tenMinutesAgo, true);

    assertThat(replayed.statusCode()).isEqualTo(401);
    assertThat(core.calls()).isEmpty();
  }

  @Test
  void userTextInRepliesCannotPingAnyone() throws Exception {
    core.answer(c -> Reply.publicly(Message.of("Welcome <!channel> <@U2> &amp;")));

    String ack = JsonParser.parseString(slash("/mentor", "profile", "U1").body()).toString();

    assertThat(ack).doesNotContain("<!channel>").doesNotContain("<@U2>");
    assertThat(ack).contains("&lt;\u200B!channel&gt; @U2 &amp;amp;");
  }

  @Test
  void buttonPressesGoToTheCoreAndTheAnswerToTheMessage() throws Exception {
    core.answer(c -> Reply.privately("You joined round 4"));

    HttpResponse<String> ack =
        slack.client.interaction(
            Payloads.blockAction("U1", "C1", slack.fake.responseUrl("btn"), "round-join:4"));

    assertThat(ack.statusCode()).isEqualTo(200);
    ScriptedCore.Call press = core.await("press", WAIT);
    assertThat(press.text()).isEqualTo("round-join:4");
    assertThat(press.invocation().actor().userId()).isEqualTo("U1");
    ApiCall answer = slack.fake.await("response_url", c -> c.body().contains("round 4"), WAIT);
    JsonObject json = answer.bodyJson().getAsJsonObject();
    assertThat(json.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(json.get("replace_original").getAsBoolean()).isFalse();
  }

  @Test
  void chartsInRepliesAreUploadedAfterTheAck() throws Exception {
    Attachment chart = new Attachment("stats.png", "image/png", new byte[] {1, 2, 3});
    core.answer(c -> Reply.publicly(Message.builder("Stats").attachment(chart).build()));

    slash("/mentor", "stats", "UADMIN");

    ApiCall done = slack.fake.await("files.completeUploadExternal", c -> true, WAIT);
    assertThat(done.param("channel_id")).isEqualTo("C1");
  }

  @Test
  void appHomeShowsTheMembersOverview() throws Exception {
    core.overview(Message.builder("Your matches: <@U2>").title("Alice").mention("U2").build());

    HttpResponse<String> ack = slack.client.event(Payloads.appHomeOpened("U1"));

    assertThat(ack.statusCode()).isEqualTo(200);
    ApiCall publish = slack.fake.await("views.publish");
    assertThat(publish.param("user_id")).isEqualTo("U1");
    JsonObject view = publish.json("view").getAsJsonObject();
    assertThat(view.get("type").getAsString()).isEqualTo("home");
    assertThat(view.toString()).contains("Your matches: <@U2>").contains("open-signup");
    assertThat(core.await("overview", WAIT).invocation().actor().userId()).isEqualTo("U1");
  }

  @Test
  void bareSignupOpensTheFormBuiltFromTheCatalogue() throws Exception {
    HttpResponse<String> ack = slash("/mentor", "signup", "U1");

    assertThat(ack.statusCode()).isEqualTo(200);
    ApiCall open = slack.fake.await("views.open");
    JsonObject view = open.json("view").getAsJsonObject();
    assertThat(view.get("callback_id").getAsString()).isEqualTo("mentorbot-form:mentor:signup");
    assertThat(view.get("private_metadata").getAsString()).isEqualTo("C1");
    assertThat(view.get("blocks").toString())
        .contains("\"block_id\":\"role\"", "\"block_id\":\"topics\"", "\"block_id\":\"tz\"");
    assertThat(core.calls()).isEmpty();
  }

  @Test
  void submittedFormRunsTheSignupCommandAndAnswersPrivately() throws Exception {
    core.answer(c -> Reply.privately("Welcome to the roster"));

    HttpResponse<String> ack =
        slack.client.interaction(
            Payloads.signupSubmission(
                "U1", "C1", Map.of("role", "mentor", "topics", "java, career", "years", "7")));

    assertThat(ack.statusCode()).isEqualTo(200);
    ScriptedCore.Call run = core.await("run", WAIT);
    assertThat(run.raw().root()).isEqualTo("mentor");
    assertThat(run.raw().sub()).isEqualTo("signup");
    assertThat(run.raw().named())
        .containsEntry("role", "mentor")
        .containsEntry("topics", "java, career")
        .containsEntry("years", "7")
        .doesNotContainKey("bio");
    ApiCall ephemeral = slack.fake.await("chat.postEphemeral");
    assertThat(ephemeral.param("user")).isEqualTo("U1");
    assertThat(ephemeral.param("channel")).isEqualTo("C1");
  }

  @Test
  void aFormProblemAboutOneInputIsShownUnderThatInput() throws Exception {
    core.answer(
        c -> Reply.problem("Unknown timezone in tz: Mars/Base.", "Use e.g. Europe/Berlin."));

    HttpResponse<String> ack =
        slack.client.interaction(
            Payloads.signupSubmission(
                "U1", "C1", Map.of("role", "mentor", "topics", "java", "tz", "Mars/Base")));

    JsonObject body = JsonParser.parseString(ack.body()).getAsJsonObject();
    assertThat(body.get("response_action").getAsString()).isEqualTo("errors");
    assertThat(body.getAsJsonObject("errors").get("tz").getAsString()).contains("Unknown timezone");
  }

  @Test
  void theHomeTabButtonOpensTheSignupForm() throws Exception {
    Map<String, Object> press = Payloads.homeButton("U1", "mentorbot-slack:open-signup");

    slack.client.interaction(press);

    ApiCall open = slack.fake.await("views.open");
    JsonObject view = open.json("view").getAsJsonObject();
    assertThat(view.get("callback_id").getAsString()).isEqualTo("mentorbot-form:mentor:signup");
    assertThat(view.get("private_metadata").getAsString()).isEmpty();
    assertThat(core.calls()).isEmpty();
  }

  @Test
  void buttonsPressedOnTheHomeTabRefreshItWithTheAnswerOnTop() throws Exception {
    core.answer(c -> Reply.privately("You left the queue"));

    slack.client.interaction(Payloads.homeButton("U1", "queue-leave:5"));

    assertThat(core.await("press", WAIT).text()).isEqualTo("queue-leave:5");
    ApiCall publish = slack.fake.await("views.publish");
    String blocks = publish.json("view").getAsJsonObject().get("blocks").toString();
    assertThat(blocks.indexOf("You left the queue")).isLessThan(blocks.indexOf("Your overview"));
    assertThat(slack.fake.calls("response_url")).isEmpty();
  }

  @Test
  void aFailedUsersInfoNeverMakesAWorkspaceAdminAModerator() throws Exception {
    slack.fake.script("users.info", FakeSlack.Answer.error("internal_error"), 1);

    slash("/mentor", "stats", "UADMIN");

    ScriptedCore.Call call = core.await("text", WAIT);
    assertThat(call.invocation().actor().userId()).isEqualTo("UADMIN");
    assertThat(call.invocation().actor().platformModerator())
        .as("a lookup that failed can only deny rights")
        .isFalse();
  }

  @Test
  void whenResponseUrlRefusesALateReplyItIsSentDirectlyInstead() throws Exception {
    slack.fake.script("response_url", new FakeSlack.Answer(404, Map.of(), "expired_url"), 1);
    core.hold();

    slash("/mentor", "matches", "U1");
    core.release();

    ApiCall direct = slack.fake.await("chat.postEphemeral", c -> true, WAIT);
    assertThat(direct.param("user")).isEqualTo("U1");
    assertThat(direct.param("channel")).isEqualTo("C1");
    assertThat(direct.param("text")).isEqualTo("ok matches");
    assertThat(slack.fake.calls("response_url")).hasSize(1);
  }

  @Test
  void whenResponseUrlRefusesAButtonAnswerItIsSentDirectlyInstead() throws Exception {
    slack.fake.script("response_url", new FakeSlack.Answer(500, Map.of(), "oops"), 1);
    core.answer(c -> Reply.privately("You joined round 4"));

    slack.client.interaction(
        Payloads.blockAction("U1", "C1", slack.fake.responseUrl("btn"), "round-join:4"));

    ApiCall direct = slack.fake.await("chat.postEphemeral", c -> true, WAIT);
    assertThat(direct.param("user")).isEqualTo("U1");
    assertThat(direct.param("text")).isEqualTo("You joined round 4");
  }

  @Test
  void bareSignupOpensTheFormOnTheAckPathEvenWhileEveryWorkerIsBusy() throws Exception {
    core.hold();
    for (int i = 0; i < 8; i++) { // more than the fixture's four workers: a queue forms
      slack.client.interaction(
          Payloads.blockAction("U1", "C1", slack.fake.responseUrl("busy" + i), "busy:" + i));
    }

    HttpResponse<String> ack = slash("/mentor", "signup", "U1");

    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(slack.fake.calls("views.open"))
        .as("views.open went out before the ack, not behind the queued work")
        .hasSize(1);
  }

  @Test
  void aReplyLongerThanOneMessageIsAckedAndContinuedThroughResponseUrl() throws Exception {
    String text = String.join("\n", java.util.Collections.nCopies(40, "line ".repeat(100)));
    core.answer(c -> Reply.privately(Message.builder(text).title("Long").build()));

    HttpResponse<String> ack = slash("/mentor", "matches", "U1");

    assertThat(ack.body()).contains("(1/2)");
    ApiCall rest = slack.fake.await("response_url", c -> c.body().contains("(2/2)"), WAIT);
    assertThat(rest.bodyJson().getAsJsonObject().get("response_type").getAsString())
        .isEqualTo("ephemeral");
    assertThat(
            org.mentorbot.slack.fake.BlockKitRules.message(
                null, JsonParser.parseString(ack.body()).getAsJsonObject().get("blocks")))
        .isEmpty();
    assertThat(slack.fake.violations()).isEmpty();
  }

  @Test
  void aButtonAnswerSlackCannotShowStillAnswersWithAProblem() throws Exception {
    Message.Builder tooMany = Message.builder("choose");
    for (int i = 0; i < 101; i++) {
      tooMany.button(org.mentorbot.core.messaging.Button.secondary("b" + i, "a" + i));
    }
    core.answer(c -> Reply.privately(tooMany.build()));

    slack.client.interaction(
        Payloads.blockAction("U1", "C1", slack.fake.responseUrl("btn"), "round-join:4"));

    ApiCall answer = slack.fake.await("response_url", c -> true, WAIT);
    assertThat(answer.body()).contains("cannot be shown on Slack").contains(":warning:");
  }
}
