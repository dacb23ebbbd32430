package org.mentorbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.discord.fake.FakeDiscord.ALICE;
import static org.mentorbot.discord.fake.FakeDiscord.GENERAL_ID;
import static org.mentorbot.discord.fake.FakeDiscord.GUILD_ID;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.command.RawCommand;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.discord.fake.FakeDiscord;

/** With shards configured a ShardManager runs them; it finds the gateway through gateway/bot. */
class ShardedBotTest {
  @RegisterExtension static final FakeDiscord discord = new FakeDiscord();

  @Test
  void shardManagerConnectsServesInteractionsAndDelivers() throws InterruptedException {
    RecordingCore core = new RecordingCore();
    DiscordBot bot =
        new DiscordBot(
            new DiscordSettings(
                "fake-token-0123456789",
                discord.apiUrl(),
                Optional.empty(),
                List.of(),
                Optional.of(1),
                Optional.empty()),
            Duration.ofSeconds(1));
    try {
      assertThat(
              bot.chatGateway()
                  .deliver(
                      new CommunityId(Platform.DISCORD, GUILD_ID),
                      new Destination.Channel(GENERAL_ID),
                      Message.of("too early")))
          .as("before start nothing is lost: try again later")
          .isInstanceOf(DeliveryResult.RetryLater.class);

      bot.start(core);
      assertThat(discord.requests("GET", "gateway/bot")).isNotEmpty();

      String id = discord.interactions().slash(ALICE, List.of(), "round", "status");
      assertThat((RawCommand) core.next().argument())
          .isEqualTo(new RawCommand("round", "status", List.of(), java.util.Map.of()));
      assertThat(discord.awaitCallback(id).json().getInt("type")).isEqualTo(4);

      assertThat(
              bot.chatGateway()
                  .deliver(
                      new CommunityId(Platform.DISCORD, GUILD_ID),
                      new Destination.Channel(GENERAL_ID),
                      Message.of("Round 4 status")))
          .isInstanceOf(DeliveryResult.Delivered.class);
    } finally {
      bot.close();
    }
  }
}
