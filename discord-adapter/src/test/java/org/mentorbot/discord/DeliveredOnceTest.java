package org.mentorbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.discord.fake.FakeDiscord.ALICE;
import static org.mentorbot.discord.fake.FakeDiscord.BOB;
import static org.mentorbot.discord.fake.FakeDiscord.GENERAL_ID;
import static org.mentorbot.discord.fake.FakeDiscord.GUILD_ID;
import static org.mentorbot.discord.fake.FakeDiscord.MATCH_CHANNEL_ID;
import static org.mentorbot.discord.fake.FakeDiscord.MODERATOR;

import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.messaging.ChannelCheck;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.discord.fake.FakeDiscord;
import org.mentorbot.discord.fake.RecordedRequest;

/**
 * Deliveries that never repeat (nonces, intro threads noted once), intros that survive a member who
 * left, and channels named instead of numbered, over the wire.
 */
class DeliveredOnceTest {
  @RegisterExtension static final FakeDiscord discord = new FakeDiscord();

  private static final CommunityId GUILD = new CommunityId(Platform.DISCORD, GUILD_ID);
  private static DiscordBot bot;
  private static ChatGateway gateway;

  @BeforeAll
  static void startBot() throws InterruptedException {
    bot = TestBots.start(discord, new RecordingCore(), Duration.ofSeconds(5));
    gateway = bot.chatGateway();
  }

  @AfterAll
  static void stopBot() {
    bot.close();
  }

  @BeforeEach
  void reset() {
    discord.reset();
  }

  private static Message intro(String text) {
    return Message.builder(text).title("Your mentorship").mention(ALICE).mention(BOB).build();
  }

  @Test
  void aRetriedDeliveryPostsOnceThanksToTheNonce() {
    Message announcement = Message.of("Round 5 is open.");
    Destination general = new Destination.Channel(GENERAL_ID);

    assertThat(gateway.deliver(GUILD, general, announcement, "round-open:5"))
        .isInstanceOf(DeliveryResult.Delivered.class);
    // The outbox retries when it never heard back (a timeout, a crash before marking the row).
    assertThat(gateway.deliver(GUILD, general, announcement, "round-open:5"))
        .isInstanceOf(DeliveryResult.Delivered.class);

    List<RecordedRequest> sent = discord.requests("POST", "channels/" + GENERAL_ID + "/messages");
    assertThat(sent).hasSize(2);
    String nonce = sent.get(0).json().getString("nonce");
    assertThat(nonce).hasSizeLessThanOrEqualTo(25);
    assertThat(sent.get(1).json().getString("nonce")).isEqualTo(nonce);
    assertThat(sent.get(0).json().getBoolean("enforce_nonce")).isTrue();
    assertThat(discord.created(GENERAL_ID)).as("posted once").hasSize(1);

    gateway.deliver(GUILD, general, announcement, "round-open:6");
    assertThat(discord.created(GENERAL_ID)).as("another key is another message").hasSize(2);
  }

  @Test
  void aMemberWhoLeftStillLeavesTheOthersTheirIntroAndIsReportedOnce() {
    discord.leave(BOB);
    Destination trio = new Destination.Conversation(List.of(ALICE, BOB, MODERATOR));

    DeliveryResult result = gateway.deliver(GUILD, trio, intro("Meet your circle"), "circle:9:1");

    assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
    assertThat(((DeliveryResult.Delivered) result).shortfall())
        .hasValueSatisfying(
            reason -> assertThat(reason).contains("<@" + BOB + "> is not in the server any more"));
    assertThat(discord.requests("POST", "channels/" + MATCH_CHANNEL_ID + "/threads")).hasSize(1);
    discord.await("PUT", "channels/\\d+/thread-members/" + ALICE);
    discord.await("PUT", "channels/\\d+/thread-members/" + MODERATOR);
    assertThat(discord.created().stream().filter(m -> m.getString("content", "").contains("<@")))
        .as("the intro is posted once in the thread")
        .hasSize(1);
  }

  @Test
  void aRetriedIntroReusesTheThreadItOpened() {
    discord.rateLimitNext("POST", "channels/\\d+/messages", 3);
    Destination pair = new Destination.Conversation(List.of(ALICE, BOB));

    DeliveryResult first = gateway.deliver(GUILD, pair, intro("Meet your mentor"), "pair:77");
    assertThat(first).isInstanceOf(DeliveryResult.RetryLater.class);
    DeliveryResult second = gateway.deliver(GUILD, pair, intro("Meet your mentor"), "pair:77");
    assertThat(second).isInstanceOf(DeliveryResult.Delivered.class);

    assertThat(discord.requests("POST", "channels/" + MATCH_CHANNEL_ID + "/threads"))
        .as("one thread whatever fails after it")
        .hasSize(1);
    List<RecordedRequest> posts = discord.requests("POST", "channels/\\d+/messages");
    assertThat(posts).hasSize(2);
    assertThat(posts.get(1).path()).isEqualTo(posts.get(0).path());
    assertThat(discord.created()).hasSize(1);
  }

  @Test
  void whenEveryMemberLeftTheIntroIsUndeliverable() {
    discord.leave(ALICE);
    discord.leave(BOB);
    DeliveryResult result =
        gateway.deliver(
            GUILD, new Destination.Conversation(List.of(ALICE, BOB)), intro("Hi"), "pair:78");
    assertThat(result).isInstanceOf(DeliveryResult.Undeliverable.class);
    assertThat(discord.created()).isEmpty();
  }

  @Test
  void anAnnounceChannelNamedInsteadOfNumberedIsFoundInTheServer() {
    assertThat(
            gateway.deliver(
                GUILD, new Destination.Channel("general"), Message.of("Round 6 is open."), "r6"))
        .isInstanceOf(DeliveryResult.Delivered.class);
    DataObject posted = discord.created(GENERAL_ID).get(0);
    assertThat(posted.getArray("embeds").getObject(0).getString("description"))
        .isEqualTo("Round 6 is open.");

    assertThat(gateway.checkChannel(GUILD, "#general"))
        .isEqualTo(new ChannelCheck.Usable(GENERAL_ID));
    assertThat(gateway.checkChannel(GUILD, "<#" + GENERAL_ID + ">"))
        .isEqualTo(new ChannelCheck.Usable(GENERAL_ID));
  }

  @Test
  void aMissingChannelNameIsUndeliverableAndSaysWhatToDo() {
    DeliveryResult result =
        gateway.deliver(GUILD, new Destination.Channel("mentoring"), Message.of("x"), "r7");

    assertThat(result).isInstanceOf(DeliveryResult.Undeliverable.class);
    assertThat(((DeliveryResult.Undeliverable) result).reason())
        .contains("no text channel named #mentoring")
        .contains("/mentor config");
    assertThat(gateway.checkChannel(GUILD, "mentoring")).isInstanceOf(ChannelCheck.Unusable.class);
    assertThat(discord.requests("POST", "channels/\\d+/messages")).isEmpty();
  }
}
