package org.mentorbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.discord.fake.FakeDiscord.ALICE;
import static org.mentorbot.discord.fake.FakeDiscord.BOB;
import static org.mentorbot.discord.fake.FakeDiscord.GENERAL_ID;
import static org.mentorbot.discord.fake.FakeDiscord.GUILD_ID;
import static org.mentorbot.discord.fake.FakeDiscord.MATCH_CHANNEL_ID;
import static org.mentorbot.discord.fake.FakeDiscord.MOD_ROLE_ID;
import static org.mentorbot.discord.fake.FakeDiscord.dmChannelId;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.messaging.Attachment;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.messaging.DeliveryNotes;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.discord.fake.FakeDiscord;
import org.mentorbot.discord.fake.RecordedRequest;

/** Outbound delivery through the real JDA to the fake Discord. */
class DiscordChatGatewayTest {
  @RegisterExtension static final FakeDiscord discord = new FakeDiscord();

  private static final CommunityId GUILD = new CommunityId(Platform.DISCORD, GUILD_ID);
  private static DiscordBot bot;
  private static ChatGateway gateway;

  @BeforeAll
  static void startBot() throws InterruptedException {
    bot =
        new DiscordBot(
            new DiscordSettings(
                "fake-token-0123456789",
                discord.apiUrl(),
                Optional.of(discord.gatewayUrl()),
                List.of(),
                Optional.empty(),
                Optional.of(MATCH_CHANNEL_ID)),
            Duration.ofSeconds(1));
    gateway = bot.chatGateway();
    bot.start(new RecordingCore());
  }

  @AfterAll
  static void stopBot() {
    bot.close();
  }

  @BeforeEach
  void forgetEarlierRequests() {
    discord.reset();
  }

  private static Message greeting(String text, String... mentions) {
    Message.Builder builder = Message.builder(text).title("Hello");
    for (String id : mentions) {
      builder.mention(id);
    }
    return builder.build();
  }

  @Test
  void directMessageOpensAPrivateChannelAndPingsOnlyTheNamedMember() {
    Message message =
        greeting(
            "Hi <@" + ALICE + ">, meet <@" + BOB + "> @everyone @here <@&" + MOD_ROLE_ID + ">",
            ALICE);
    assertThat(gateway.deliver(GUILD, new Destination.DirectMessage(ALICE), message))
        .isInstanceOf(DeliveryResult.Delivered.class);

    assertThat(discord.await("POST", "users/@me/channels").json().getString("recipient_id"))
        .isEqualTo(ALICE);
    DataObject sent = discord.await("POST", "channels/" + dmChannelId(ALICE) + "/messages").json();
    DataObject allowed = sent.getObject("allowed_mentions");
    assertThat(allowed.getArray("parse").length())
        .as("no @everyone, @here, roles or other users")
        .isZero();
    assertThat(allowed.getArray("users").stream(DataArray::getString)).containsExactly(ALICE);
    assertThat(allowed.hasKey("roles")).isFalse();
    assertThat(sent.getString("content")).isEqualTo("<@" + ALICE + ">");
  }

  @Test
  void buttonsInDirectMessagesCarryTheirGuild() {
    Message nudge =
        Message.builder("How is it going?").button(Button.primary("Met", "checkin:met:7")).build();
    assertThat(gateway.deliver(GUILD, new Destination.DirectMessage(BOB), nudge))
        .isInstanceOf(DeliveryResult.Delivered.class);
    DataObject sent = discord.await("POST", "channels/" + dmChannelId(BOB) + "/messages").json();
    assertThat(
            sent.getArray("components")
                .getObject(0)
                .getArray("components")
                .getObject(0)
                .getString("custom_id"))
        .isEqualTo("dm:" + GUILD_ID + ":checkin:met:7");
  }

  @Test
  void channelPostCarriesEmbedButtonsAndAChartFile() {
    byte[] png = "fake-png".getBytes(StandardCharsets.UTF_8);
    Message message =
        Message.builder("Round 3 is open.")
            .title("Match round")
            .field("Closes", "in 7 days")
            .button(Button.primary("Join", "round:join:3"))
            .attachment(new Attachment("chart.png", "image/png", png))
            .build();
    assertThat(gateway.deliver(GUILD, new Destination.Channel(GENERAL_ID), message))
        .isInstanceOf(DeliveryResult.Delivered.class);

    RecordedRequest post = discord.await("POST", "channels/" + GENERAL_ID + "/messages");
    assertThat(post.isMultipart()).isTrue();
    assertThat(post.body()).contains("filename=\"chart.png\"").contains("fake-png");
    DataObject sent = post.json();
    DataObject embed = sent.getArray("embeds").getObject(0);
    assertThat(embed.getString("title")).isEqualTo("Match round");
    assertThat(embed.getObject("image").getString("url")).isEqualTo("attachment://chart.png");
    assertThat(
            sent.getArray("components")
                .getObject(0)
                .getArray("components")
                .getObject(0)
                .getString("custom_id"))
        .isEqualTo("round:join:3");
    assertThat(sent.getObject("allowed_mentions").getArray("parse").length()).isZero();
  }

  @Test
  void rateLimitedMessageIsRetriedAfterRetryAfterNotDropped() {
    String channelMessages = "channels/" + MATCH_CHANNEL_ID + "/messages";
    discord.rateLimitNext("POST", channelMessages, 7);
    Message message = Message.of("Office hours start in 10 minutes.");

    DeliveryResult first =
        gateway.deliver(GUILD, new Destination.Channel(MATCH_CHANNEL_ID), message);
    assertThat(first).isInstanceOf(DeliveryResult.RetryLater.class);
    assertThat(((DeliveryResult.RetryLater) first).after()).isEqualTo(Duration.ofSeconds(7));
    assertThat(discord.requests("POST", channelMessages)).hasSize(1);

    // The outbox keeps the row and tries again once Retry-After has passed.
    assertThat(gateway.deliver(GUILD, new Destination.Channel(MATCH_CHANNEL_ID), message))
        .isInstanceOf(DeliveryResult.Delivered.class);
    assertThat(discord.requests("POST", channelMessages)).hasSize(2);
  }

  @Test
  void closedDirectMessagesAreUndeliverableAndSayWhatTheMemberCanDo() {
    discord.failNext(
        "POST",
        "channels/" + dmChannelId(BOB) + "/messages",
        403,
        50007,
        "Cannot send messages to this user");
    DeliveryResult result =
        gateway.deliver(GUILD, new Destination.DirectMessage(BOB), Message.of("Your match"));
    assertThat(result).isInstanceOf(DeliveryResult.Undeliverable.class);
    assertThat(((DeliveryResult.Undeliverable) result).reason())
        .contains("<@" + BOB + "> has DMs closed")
        .contains("Privacy Settings");
  }

  @Test
  void channelProblemsAreUndeliverableWithWhatToFix() {
    DeliveryResult unknown =
        gateway.deliver(GUILD, new Destination.Channel("399999999999999999"), Message.of("x"));
    assertThat(((DeliveryResult.Undeliverable) unknown).reason()).contains("/mentor config");

    discord.failNext(
        "POST", "channels/" + GENERAL_ID + "/messages", 403, 50013, "Missing Permissions");
    DeliveryResult forbidden =
        gateway.deliver(GUILD, new Destination.Channel(GENERAL_ID), Message.of("x"));
    assertThat(((DeliveryResult.Undeliverable) forbidden).reason()).contains("Send Messages");

    DeliveryResult otherGuild =
        gateway.deliver(
            new CommunityId(Platform.DISCORD, "299999999999999999"),
            new Destination.Channel(GENERAL_ID),
            Message.of("x"));
    assertThat(otherGuild).isInstanceOf(DeliveryResult.Undeliverable.class);
  }

  @Test
  void introOpensAPrivateThreadWithBothMembersAdded() {
    Message intro = greeting("<@" + ALICE + "> meet <@" + BOB + ">", ALICE, BOB);
    assertThat(gateway.deliver(GUILD, new Destination.Conversation(List.of(ALICE, BOB)), intro))
        .isInstanceOf(DeliveryResult.Delivered.class);

    DataObject thread = discord.await("POST", "channels/" + MATCH_CHANNEL_ID + "/threads").json();
    assertThat(thread.getInt("type")).as("private thread").isEqualTo(12);
    assertThat(thread.getBoolean("invitable", true)).isFalse();
    discord.await("PUT", "channels/\\d+/thread-members/" + ALICE);
    discord.await("PUT", "channels/\\d+/thread-members/" + BOB);
    RecordedRequest post =
        discord.await(
            r -> r.is("POST", "channels/\\d+/messages") && r.body().contains("meet"),
            "intro in thread");
    assertThat(post.path()).doesNotContain(MATCH_CHANNEL_ID);
    assertThat(
            post.json().getObject("allowed_mentions").getArray("users").stream(
                DataArray::getString))
        .containsExactlyInAnyOrder(ALICE, BOB);
  }

  @Test
  void matchChannelCanBeNamedInsteadOfNumbered() {
    ChatGateway byName =
        new DiscordChatGateway(bot::shards, Optional.of("matches"), DeliveryNotes.inMemory());
    Message intro = greeting("Named channel intro", ALICE, BOB);
    assertThat(byName.deliver(GUILD, new Destination.Conversation(List.of(ALICE, BOB)), intro))
        .isInstanceOf(DeliveryResult.Delivered.class);
    discord.await("POST", "channels/" + MATCH_CHANNEL_ID + "/threads");
  }

  @Test
  void theCommunitysOwnMatchChannelWinsOverTheBotDefault() {
    ChatGateway noDefault =
        new DiscordChatGateway(bot::shards, Optional.empty(), DeliveryNotes.inMemory());
    Message intro = greeting("Configured channel intro", ALICE, BOB);
    Destination inConfigured =
        new Destination.Conversation(List.of(ALICE, BOB), Optional.of("matches"));
    assertThat(noDefault.deliver(GUILD, inConfigured, intro))
        .isInstanceOf(DeliveryResult.Delivered.class);
    discord.await("POST", "channels/" + MATCH_CHANNEL_ID + "/threads");
  }

  @Test
  void introFallsBackToADirectMessageEachWhenNoThreadCanBeOpened() {
    discord.failNext(
        "POST", "channels/" + MATCH_CHANNEL_ID + "/threads", 403, 50013, "Missing Permissions");
    Message intro = greeting("Fallback intro", ALICE, BOB);
    assertThat(gateway.deliver(GUILD, new Destination.Conversation(List.of(ALICE, BOB)), intro))
        .isInstanceOf(DeliveryResult.Delivered.class);
    for (String member : List.of(ALICE, BOB)) {
      discord.await(
          r ->
              r.is("POST", "channels/" + dmChannelId(member) + "/messages")
                  && r.body().contains("Fallback"),
          "fallback DM to " + member);
    }
  }
}
