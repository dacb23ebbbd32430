package org.mentorbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.messaging.Attachment;
import org.mentorbot.slack.blocks.SlackMessage;
import org.mentorbot.slack.blocks.SlackReply;
import org.mentorbot.slack.fake.ApiCall;
import org.mentorbot.slack.fake.FakeSlack;
import org.mentorbot.slack.fake.FakeSlack.Answer;

/**
 * How an answer reaches a Slack member after the ack, against the fake Slack over loopback: through
 * {@code response_url} part by part, directly when that URL refuses, as a DM when Slack will not
 * show an ephemeral, files after the last message; and what the member sees when the work itself
 * fails. Without a bot around it, so each test takes milliseconds (PIT runs these per mutant).
 */
@Timeout(30)
class SlackReplyPathTest {

  private static final String TOKEN = "xoxb-test-token-000001";
  private static final Duration WAIT = Duration.ofSeconds(10);

  private FakeSlack fake;
  private SlackChatGateway gateway;
  private AsyncWebApi api;
  private ThreadPoolExecutor workers;
  private ReplySender sender;
  private SlackContext context;

  @BeforeEach
  void start() throws Exception {
    fake = new FakeSlack();
    fake.user("U1", "Ada", false);
    SlackSettings settings = SlackChatGatewayTest.settings(fake.apiUrl());
    gateway = new SlackChatGateway(settings);
    api = new AsyncWebApi(fake.apiUrl(), TOKEN);
    workers = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(10));
    sender = new ReplySender(SlackBot.slackClient(settings).methods(TOKEN), gateway);
    context = contextOn(workers);
  }

  /** A context that only replies (no core, no text reading), its commands run on {@code pool}. */
  private SlackContext contextOn(ThreadPoolExecutor pool) {
    return new SlackContext(
        null,
        null,
        api,
        new SlackActors(api, Optional.empty(), Duration.ofMinutes(5)),
        null,
        sender,
        pool,
        Duration.ofMillis(1500));
  }

  @AfterEach
  void stop() throws Exception {
    workers.shutdownNow();
    api.close();
    gateway.close();
    fake.close();
  }

  private static SlackReply reply(boolean ephemeral, List<Attachment> files, String... texts) {
    return new SlackReply(
        ephemeral,
        java.util.Arrays.stream(texts).map(t -> new SlackMessage(t, List.of())).toList(),
        files);
  }

  private static List<String> texts(List<ApiCall> calls) {
    return calls.stream().map(c -> c.param("text")).toList();
  }

  private List<String> responseUrlTexts() {
    return fake.calls("response_url").stream()
        .map(c -> c.bodyJson().getAsJsonObject().get("text").getAsString())
        .toList();
  }

  @Test
  void aLongAnswerGoesThroughResponseUrlPartByPartInOrderAndNothingIsPostedDirectly()
      throws Exception {
    context
        .respond(
            fake.responseUrl("r1"), "C1", "U1", reply(true, List.of(), "one", "two", "three"), 0)
        .get(10, TimeUnit.SECONDS);

    assertThat(responseUrlTexts()).containsExactly("one", "two", "three");
    assertThat(fake.calls("response_url").get(0).bodyJson().getAsJsonObject())
        .satisfies(
            body -> {
              assertThat(body.get("response_type").getAsString()).isEqualTo("ephemeral");
              assertThat(body.get("replace_original").getAsBoolean()).isFalse();
            });
    assertThat(fake.calls("chat.postEphemeral")).isEmpty();
    assertThat(fake.calls("chat.postMessage")).isEmpty();
  }

  @Test
  void whenResponseUrlRefusesAPartThatPartAndTheRestAreSentDirectlyAndTheFirstIsNotRepeated()
      throws Exception {
    fake.script("response_url", new Answer(200, Map.of(), "ok"), 1);
    fake.script("response_url", new Answer(404, Map.of(), "expired_url"), 1);

    context
        .respond(
            fake.responseUrl("r1"), "C1", "U1", reply(true, List.of(), "one", "two", "three"), 0)
        .get(10, TimeUnit.SECONDS);
    fake.await("chat.postEphemeral", c -> "three".equals(c.param("text")), WAIT);

    assertThat(responseUrlTexts()).containsExactly("one", "two");
    assertThat(texts(fake.calls("chat.postEphemeral"))).containsExactly("two", "three");
    assertThat(fake.calls("chat.postEphemeral").get(0).param("user")).isEqualTo("U1");
    assertThat(fake.calls("chat.postEphemeral").get(0).param("channel")).isEqualTo("C1");
  }

  @Test
  void aPublicAnswersChartIsUploadedIntoTheChannelAfterItsLastMessage() throws Exception {
    Attachment chart = new Attachment("stats.png", "image/png", new byte[] {1, 2, 3});
    context
        .respond(fake.responseUrl("r1"), "C1", "U1", reply(false, List.of(chart), "stats"), 0)
        .get(10, TimeUnit.SECONDS);

    ApiCall completed = fake.await("files.completeUploadExternal");
    assertThat(completed.param("channel_id")).isEqualTo("C1");
    assertThat(responseUrlTexts()).containsExactly("stats");
    assertThat(fake.calls("response_url").get(0).bodyJson().getAsJsonObject().get("response_type"))
        .hasToString("\"in_channel\"");
  }

  @Test
  void aPrivateAnswersFileGoesToTheMembersDirectMessagesNotTheChannel() throws Exception {
    Attachment export = new Attachment("export.json", "application/json", new byte[] {'{', '}'});
    sender.send("C1", "U1", reply(true, List.of(export), "your data"), 0);

    assertThat(fake.await("files.completeUploadExternal").param("channel_id")).isEqualTo("DU1");
    assertThat(texts(fake.calls("chat.postEphemeral"))).containsExactly("your data");
  }

  @Test
  void anEphemeralSlackWillNotShowInTheChannelArrivesAsADirectMessageFromThatPartOn() {
    fake.script("chat.postEphemeral", Answer.error("channel_not_found"), 1);

    sender.send("C1", "U1", reply(true, List.of(), "one", "two"), 0);

    assertThat(fake.calls("chat.postEphemeral")).hasSize(1);
    List<ApiCall> posted = fake.calls("chat.postMessage");
    assertThat(texts(posted)).containsExactly("one", "two");
    assertThat(posted).allSatisfy(c -> assertThat(c.param("channel")).isEqualTo("DU1"));
  }

  @Test
  void anAnswerWithNoChannelGoesToTheMembersDirectMessages() {
    sender.send(null, "U1", reply(true, List.of(), "one"), 0);
    sender.send(" ", "U1", reply(true, List.of(), "two"), 0);

    assertThat(fake.calls("chat.postEphemeral")).isEmpty();
    List<ApiCall> posted = fake.calls("chat.postMessage");
    assertThat(texts(posted)).containsExactly("one", "two");
    assertThat(posted).allSatisfy(c -> assertThat(c.param("channel")).isEqualTo("DU1"));
  }

  @Test
  void aPublicAnswerIsPostedInTheChannelFromTheRequestedPartWithoutUnfurling() {
    sender.send("C1", "U1", reply(false, List.of(), "one", "two", "three"), 1);

    List<ApiCall> posted = fake.calls("chat.postMessage");
    assertThat(texts(posted)).containsExactly("two", "three");
    assertThat(posted)
        .allSatisfy(
            c -> {
              assertThat(c.param("channel")).isEqualTo("C1");
              assertThat(c.param("unfurl_links")).isEqualTo("0");
              assertThat(c.param("unfurl_media")).isEqualTo("0");
            });
    assertThat(fake.calls("chat.postEphemeral")).isEmpty();
  }

  @Test
  void whatTheCoreAnswersReachesTheMemberWithTheirCommunityAndChannel() throws Exception {
    Reply reply =
        context
            .run(
                FakeSlack.TEAM_ID,
                "U1",
                "ada",
                "C1",
                invocation ->
                    Reply.privately(
                        invocation.community().externalId()
                            + " "
                            + invocation.actor().userId()
                            + " "
                            + invocation.channelId().orElse("-")))
            .get(10, TimeUnit.SECONDS);
    Reply noChannel =
        context
            .run(
                FakeSlack.TEAM_ID,
                "U1",
                "ada",
                " ",
                invocation -> Reply.privately(invocation.channelId().orElse("no channel")))
            .get(10, TimeUnit.SECONDS);

    assertThat(((Reply.Shown) reply).message().text()).isEqualTo(FakeSlack.TEAM_ID + " U1 C1");
    assertThat(((Reply.Shown) noChannel).message().text()).isEqualTo("no channel");
  }

  @Test
  void aCoreThatThrowsGivesThePoliteOurFaultAnswer() throws Exception {
    Reply reply =
        context
            .run(
                FakeSlack.TEAM_ID,
                "U1",
                "ada",
                "C1",
                invocation -> {
                  throw new IllegalStateException("boom");
                })
            .get(10, TimeUnit.SECONDS);

    assertThat(reply).isEqualTo(SlackContext.OUR_FAULT);
  }

  @Test
  void aFullWorkQueueGivesTheBusyAnswerAndAStoppingBotTheRestartingOne() throws Exception {
    workers.shutdown(); // every task is now rejected, as by a full queue
    Reply busy =
        context
            .run(FakeSlack.TEAM_ID, "U1", "ada", "C1", invocation -> Reply.privately("ran"))
            .get(10, TimeUnit.SECONDS);
    context.stopTakingWork();
    Reply stopping =
        context
            .run(FakeSlack.TEAM_ID, "U1", "ada", "C1", invocation -> Reply.privately("ran"))
            .get(10, TimeUnit.SECONDS);

    assertThat(busy).isEqualTo(SlackContext.BUSY);
    assertThat(stopping).isEqualTo(SlackContext.RESTARTING);
    assertThat(context.takingWork()).isFalse();
  }

  @Test
  void aFileOfAnAnswerWithNoChannelFollowsItIntoTheDirectMessages() throws Exception {
    Attachment export = new Attachment("export.json", "application/json", new byte[] {'{', '}'});
    sender.send(null, "U1", reply(true, List.of(export), "your data"), 0);

    assertThat(fake.await("files.completeUploadExternal").param("channel_id")).isEqualTo("DU1");
    assertThat(texts(fake.calls("chat.postMessage"))).containsExactly("your data");
  }

  @Test
  void aFormWhereNoModalCanOpenIsShownPrivatelyAsHowToRunItByHand() {
    Reply.Form form =
        new Reply.Form(
            "Join office hours #3",
            "Office hours with a mentor.",
            "Join the queue",
            "queue",
            "join",
            Map.of("session", "3"),
            List.of(
                new org.mentorbot.core.command.FormField(
                    "question", "What do you need help with?", "", true, 500, true)),
            org.mentorbot.core.messaging.Message.of("Run /queue join 3 by hand."));

    SlackReply shown = SlackReply.of(form);

    assertThat(shown.ephemeral()).isTrue();
    assertThat(shown.text()).contains("Run /queue join 3 by hand.");
    assertThat(shown.rest()).isEmpty();
  }

  @Test
  void anAnswerTooLongForMessagesCarriesItsWholeTextAsAFile() {
    SlackReply shown =
        SlackReply.of(
            Reply.publicly(org.mentorbot.core.messaging.Message.of("mentoring ".repeat(60_000))));

    assertThat(shown.ephemeral()).isFalse();
    assertThat(shown.rest()).hasSize(shown.parts().size() - 1);
    assertThat(shown.files())
        .singleElement()
        .satisfies(f -> assertThat(f.content().length).isGreaterThan(500_000));
  }

  @Test
  void theAckIsHeldOnlyWhileFewerCommandsAreInFlightThanTwiceTheWorkersAndNotAfterThey()
      throws Exception {
    ThreadPoolExecutor two =
        new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(10));
    SlackContext busy = contextOn(two);
    List<java.util.concurrent.CountDownLatch> held = new java.util.ArrayList<>();
    List<java.util.concurrent.CompletableFuture<Reply>> running = new java.util.ArrayList<>();
    try {
      for (int i = 1; i <= 5; i++) {
        fake.user("U" + (10 + i), "Member " + i, false);
        held.add(fake.hold("users.info"));
      }
      for (int i = 1; i <= 4; i++) {
        running.add(
            busy.run(FakeSlack.TEAM_ID, "U" + (10 + i), "m", "C1", inv -> Reply.privately("ok")));
      }
      assertThat(busy.replyWait()).as("4 in flight, 2 workers").isEqualTo(Duration.ofMillis(1500));
      running.add(busy.run(FakeSlack.TEAM_ID, "U15", "m", "C1", inv -> Reply.privately("ok")));
      assertThat(busy.replyWait()).as("5 in flight, 2 workers").isZero();

      held.forEach(java.util.concurrent.CountDownLatch::countDown);
      for (var reply : running) {
        assertThat(reply.get(10, TimeUnit.SECONDS)).isEqualTo(Reply.privately("ok"));
      }
      assertThat(busy.replyWait()).as("all answered").isEqualTo(Duration.ofMillis(1500));
    } finally {
      held.forEach(java.util.concurrent.CountDownLatch::countDown);
      two.shutdownNow();
    }
  }
}
