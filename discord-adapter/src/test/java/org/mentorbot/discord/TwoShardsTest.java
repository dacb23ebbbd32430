package org.mentorbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.discord.fake.FakeDiscord.ALICE;
import static org.mentorbot.discord.fake.FakeDiscord.GENERAL_ID;
import static org.mentorbot.discord.fake.FakeDiscord.GUILD_ID;
import static org.mentorbot.discord.fake.FakeDiscord.MODERATOR;
import static org.mentorbot.discord.fake.FakeDiscord.MOD_ROLE_ID;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.command.RawCommand;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.discord.fake.FakeDiscord;

/**
 * Two shards, as a bot in many servers runs: the guild lives on shard 1, while Discord sends
 * direct-message interactions on shard 0. A button under a DM must find its guild on the other
 * shard, so the member keeps their roles and moderator status there.
 */
@Timeout(120)
class TwoShardsTest {
  @RegisterExtension static final FakeDiscord discord = new FakeDiscord(2);

  private static final RecordingCore core = new RecordingCore();
  private static DiscordBot bot;

  @BeforeAll
  static void startTwoShards() throws InterruptedException {
    bot =
        new DiscordBot(
            new DiscordSettings(
                "fake-token-0123456789",
                discord.apiUrl(),
                Optional.empty(),
                List.of(GUILD_ID),
                Optional.of(2),
                Optional.empty()),
            Duration.ofSeconds(1));
    bot.start(core);
  }

  @AfterAll
  static void stop() {
    bot.close();
  }

  @BeforeEach
  void forgetEarlierCalls() {
    core.reset();
  }

  @Test
  void bothShardsConnectAndTheGuildIsOnTheSecond() {
    assertThat(discord.identifies()).as("one IDENTIFY per shard").isEqualTo(2);
    assertThat(discord.gatewayConnected()).as("both shards connected").isTrue();
    assertThat(bot.shards()).hasSize(2);
    assertThat(shard(0).getGuildById(GUILD_ID)).as("not on shard 0").isNull();
    assertThat(shard(1).getGuildById(GUILD_ID)).as("on shard 1").isNotNull();
  }

  private static JDA shard(int id) {
    return bot.shards().stream()
        .filter(s -> s.getShardInfo().getShardId() == id)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aDmButtonOnShardZeroActsInTheGuildOnShardOneWithTheModeratorsFacts() {
    core.onPress = actionId -> Reply.privately("Thanks for checking in.");
    String id =
        discord.interactions().directMessageButton(MODERATOR, "dm:" + GUILD_ID + ":checkin:met:7");

    RecordingCore.Call call = core.next();
    assertThat(call.argument()).isEqualTo("checkin:met:7");
    assertThat(call.invocation().community())
        .isEqualTo(new CommunityId(Platform.DISCORD, GUILD_ID));
    assertThat(call.invocation().actor().platformModerator())
        .as("moderator status comes from the guild on shard 1")
        .isTrue();
    assertThat(call.invocation().actor().groupIds()).containsExactly(MOD_ROLE_ID);
    assertThat(discord.awaitCallback(id).json().getInt("type")).isEqualTo(4);
  }

  @Test
  void aDmButtonWithoutAGuildIdUsesTheBotsOnlyGuildWhicheverShardHasIt() {
    discord.interactions().directMessageButton(ALICE, "ask:accept:3");

    RecordingCore.Call call = core.next();
    assertThat(call.argument()).isEqualTo("ask:accept:3");
    assertThat(call.invocation().community().externalId()).isEqualTo(GUILD_ID);
  }

  @Test
  void commandsInTheGuildArriveOnShardOneAndAreAnswered() {
    String id = discord.interactions().slash(ALICE, List.of(), "round", "status");

    assertThat((RawCommand) core.next().argument())
        .isEqualTo(new RawCommand("round", "status", List.of(), java.util.Map.of()));
    assertThat(discord.awaitCallback(id).json().getInt("type")).isEqualTo(4);
  }

  @Test
  void deliveriesFindTheGuildsChannelOnShardOne() {
    assertThat(
            bot.chatGateway()
                .deliver(
                    new CommunityId(Platform.DISCORD, GUILD_ID),
                    new Destination.Channel(GENERAL_ID),
                    Message.of("Round 4 is open")))
        .isInstanceOf(DeliveryResult.Delivered.class);
    assertThat(discord.created(GENERAL_ID))
        .anySatisfy(m -> assertThat(m.toString()).contains("Round 4 is open"));
  }
}
