package org.mentorbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.messaging.Attachment;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.slack.fake.ApiCall;
import org.mentorbot.slack.fake.FakeSlack;

class SlackChatGatewayTest {

  static final CommunityId TEAM = new CommunityId(Platform.SLACK, FakeSlack.TEAM_ID);

  private FakeSlack fake;
  private SlackChatGateway gateway;

  @BeforeEach
  void start() throws IOException {
    fake = new FakeSlack();
    gateway = new SlackChatGateway(settings(fake.apiUrl()));
  }

  static SlackSettings settings(String apiUrl) {
    return new SlackSettings(
        "xoxb-test-token-000001",
        Optional.empty(),
        Optional.of("test-signing-secret"),
        0,
        "/slack/events",
        apiUrl,
        Optional.empty());
  }

  @AfterEach
  void stop() throws Exception {
    gateway.close();
    fake.close();
  }

  @Test
  void directMessageOpensTheImAndPostsBlocks() {
    Message nudge =
        Message.builder("How is it going with <@U2>?")
            .mention("U2")
            .button(Button.primary("Met", "checkin:1:met"))
            .build();

    DeliveryResult result = gateway.deliver(TEAM, new Destination.DirectMessage("U1"), nudge);

    assertThat(result).isEqualTo(DeliveryResult.delivered());
    assertThat(fake.calls("conversations.open").get(0).param("users")).isEqualTo("U1");
    ApiCall post = fake.calls("chat.postMessage").get(0);
    assertThat(post.param("channel")).isEqualTo("DU1");
    assertThat(post.param("text")).isEqualTo("How is it going with <@U2>?");
    assertThat(post.json("blocks").toString()).contains("checkin:1:met");
  }

  @Test
  void conversationOpensOneGroupDmWithEveryone() {
    DeliveryResult result =
        gateway.deliver(
            TEAM, new Destination.Conversation(List.of("U1", "U2")), Message.of("Meet each other"));

    assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
    assertThat(fake.calls("conversations.open").get(0).param("users")).isEqualTo("U1,U2");
    assertThat(fake.calls("chat.postMessage").get(0).param("channel")).isEqualTo("GU1_U2");
  }

  @Test
  void channelPostsGoStraightToTheChannelWithoutPings() {
    DeliveryResult result =
        gateway.deliver(
            TEAM, new Destination.Channel("C1"), Message.of("Round open <!channel> <@U9>"));

    assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
    assertThat(fake.calls("conversations.open")).isEmpty();
    ApiCall post = fake.calls("chat.postMessage").get(0);
    assertThat(post.param("channel")).isEqualTo("C1");
    assertThat(post.param("text")).isEqualTo("Round open &lt;\u200B!channel&gt; @U9");
    assertThat(post.param("blocks")).doesNotContain("<!channel>").doesNotContain("<@U9>");
  }

  @Test
  void rateLimitIsRetriedLaterWithSlacksDelayAndThenDelivered() {
    fake.script("chat.postMessage", FakeSlack.Answer.rateLimited(7), 1);
    Message message = Message.of("intro");

    DeliveryResult first = gateway.deliver(TEAM, new Destination.Channel("C1"), message);
    DeliveryResult second = gateway.deliver(TEAM, new Destination.Channel("C1"), message);

    assertThat(first).isInstanceOf(DeliveryResult.RetryLater.class);
    assertThat(((DeliveryResult.RetryLater) first).after()).isEqualTo(Duration.ofSeconds(7));
    assertThat(second).isInstanceOf(DeliveryResult.Delivered.class);
    assertThat(fake.calls("chat.postMessage")).hasSize(2);
  }

  @Test
  void permanentSlackErrorsAreUndeliverableWithAHumanReason() {
    fake.script("conversations.open", FakeSlack.Answer.error("user_not_found"), 1);
    fake.script("chat.postMessage", FakeSlack.Answer.error("is_archived"), 1);
    fake.script("chat.postMessage", FakeSlack.Answer.error("not_in_channel"), 1);

    DeliveryResult gone = gateway.deliver(TEAM, new Destination.DirectMessage("U404"), msg());
    DeliveryResult archived = gateway.deliver(TEAM, new Destination.Channel("C1"), msg());
    DeliveryResult outside = gateway.deliver(TEAM, new Destination.Channel("C2"), msg());

    assertThat(gone)
        .isEqualTo(
            new DeliveryResult.Undeliverable(
                "the member is no longer in the workspace (user_not_found)"));
    assertThat(((DeliveryResult.Undeliverable) archived).reason()).contains("archived");
    assertThat(((DeliveryResult.Undeliverable) outside).reason()).contains("/invite");
  }

  @Test
  void serverTroubleAndNetworkFailuresAreRetriedLater() throws IOException {
    fake.script("chat.postMessage", new FakeSlack.Answer(503, java.util.Map.of(), "{}"), 1);
    DeliveryResult outage = gateway.deliver(TEAM, new Destination.Channel("C1"), msg());

    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    DeliveryResult unreachable;
    try (SlackChatGateway offline =
        new SlackChatGateway(settings("http://127.0.0.1:" + closedPort + "/api/"))) {
      unreachable = offline.deliver(TEAM, new Destination.Channel("C1"), msg());
    }

    assertThat(outage).isInstanceOf(DeliveryResult.RetryLater.class);
    assertThat(unreachable).isInstanceOf(DeliveryResult.RetryLater.class);
  }

  @Test
  void chartsAreUploadedWithTheV2FlowIntoTheSameConversation() throws InterruptedException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff};
    Message stats =
        Message.builder("Stats").attachment(new Attachment("stats.png", "image/png", png)).build();

    DeliveryResult result = gateway.deliver(TEAM, new Destination.DirectMessage("U1"), stats);

    assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
    ApiCall url = fake.calls("files.getUploadURLExternal").get(0);
    assertThat(url.param("filename")).isEqualTo("stats.png");
    assertThat(url.param("length")).isEqualTo("6");
    ApiCall upload = fake.await("upload");
    assertThat(upload.body().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo(png);
    assertThat(fake.calls("files.completeUploadExternal").get(0).param("channel_id"))
        .isEqualTo("DU1");
    assertThat(fake.calls("chat.postMessage")).hasSize(1);
  }

  private static Message msg() {
    return Message.of("hello");
  }

  @Test
  void aThreeHundredPairPreviewIsPostedWholeWithinSlacksLimits() {
    DeliveryResult result =
        gateway.deliver(
            TEAM,
            new Destination.Channel("C1"),
            org.mentorbot.slack.fake.LongMessages.preview(),
            "preview:4");

    assertThat(result).isEqualTo(DeliveryResult.delivered());
    assertThat(fake.violations()).isEmpty();
    String posted =
        String.join(
            "\n", fake.calls("chat.postMessage").stream().map(ApiCall::blocksText).toList());
    assertThat(posted).contains("U1MENTOR29").contains("…and 270 more");
  }

  @Test
  void aMessageTooLongForFiveMessagesIsPostedInPartsWithTheWholeTextAsAFile()
      throws InterruptedException {
    String text = "word ".repeat(20_000);

    DeliveryResult result =
        gateway.deliver(TEAM, new Destination.Channel("C1"), Message.of(text), "long:1");

    assertThat(result).isEqualTo(DeliveryResult.delivered());
    assertThat(fake.violations()).isEmpty();
    assertThat(fake.calls("chat.postMessage")).hasSizeBetween(1, 5);
    assertThat(fake.await("upload").body()).contains(text.strip());
  }

  @Test
  void aMessageSlackCannotShowIsUndeliverableWithTheReasonAndNothingIsPosted() {
    Message.Builder tooMany = Message.builder("choose");
    for (int i = 0; i < 101; i++) {
      tooMany.button(Button.secondary("b" + i, "a" + i));
    }

    DeliveryResult result = gateway.deliver(TEAM, new Destination.Channel("C1"), tooMany.build());

    assertThat(result).isInstanceOf(DeliveryResult.Undeliverable.class);
    assertThat(((DeliveryResult.Undeliverable) result).reason())
        .contains("Slack cannot show this message")
        .contains("101 buttons");
    assertThat(fake.calls("chat.postMessage")).isEmpty();
  }

  @Test
  void postsCarryTheirIdempotencyKeyInMessageMetadata() {
    gateway.deliver(TEAM, new Destination.Channel("C1"), msg(), "intro:round7:pair42");

    ApiCall post = fake.calls("chat.postMessage").get(0);
    assertThat(post.json("metadata").toString())
        .contains("\"event_type\":\"mentorbot_delivery\"")
        .contains("\"key\":\"intro:round7:pair42\"");
    assertThat(fake.calls("conversations.history")).as("a first attempt does not search").isEmpty();
  }
}
