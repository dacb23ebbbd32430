package org.mentorbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.discord.fake.FakeDiscord.ALICE;
import static org.mentorbot.discord.fake.FakeDiscord.BOB;
import static org.mentorbot.discord.fake.FakeDiscord.GENERAL_ID;
import static org.mentorbot.discord.fake.FakeDiscord.GUILD_ID;
import static org.mentorbot.discord.fake.FakeDiscord.MENTOR_ROLE_ID;
import static org.mentorbot.discord.fake.FakeInteractions.integer;
import static org.mentorbot.discord.fake.FakeInteractions.string;
import static org.mentorbot.discord.fake.FakeInteractions.user;

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
import org.mentorbot.core.command.RawCommand;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;
import org.mentorbot.discord.fake.FakeDiscord;
import org.mentorbot.discord.fake.RecordedRequest;

/** The real JDA against the fake Discord: interactions in, core calls, rendered answers out. */
class DiscordInteractionsTest {
  @RegisterExtension static final FakeDiscord discord = new FakeDiscord();

  private static final RecordingCore core = new RecordingCore();
  private static DiscordBot bot;

  @BeforeAll
  static void startBot() throws InterruptedException {
    bot =
        new DiscordBot(
            new DiscordSettings(
                "fake-token-0123456789",
                discord.apiUrl(),
                Optional.of(discord.gatewayUrl()),
                List.of(GUILD_ID),
                Optional.empty(),
                Optional.of(FakeDiscord.MATCH_CHANNEL_ID)),
            core,
            Duration.ofMillis(300));
    bot.start();
  }

  @AfterAll
  static void stopBot() {
    bot.close();
  }

  @BeforeEach
  void resetCore() {
    core.calls.clear();
    core.gate = null;
    core.onRun = raw -> Reply.privately("ran " + raw.sub());
  }

  @Test
  void registersEveryRootGloballyAndInTheDevGuild() {
    RecordedRequest global = discord.await("PUT", "applications/\\d+/commands");
    RecordedRequest guild =
        discord.await("PUT", "applications/\\d+/guilds/" + GUILD_ID + "/commands");
    for (RecordedRequest put : List.of(global, guild)) {
      DataArray commands = DataArray.fromJson(put.body());
      assertThat(commands.stream(DataArray::getObject).map(c -> c.getString("name")))
          .containsExactlyInAnyOrder("mentor", "round", "officehours", "queue");
    }
    assertThat(bot.inviteUrl())
        .contains("client_id=" + FakeDiscord.APP_ID)
        .contains("scope=bot%20applications.commands");
  }

  @Test
  void slashCommandBecomesRawCommandWithMentionsAndPrivateReply() {
    String id =
        discord
            .interactions()
            .slash(
                ALICE,
                List.of(MENTOR_ROLE_ID),
                "mentor",
                "feedback",
                user("user", BOB),
                integer("rating", 5),
                string("comment", "great"));
    RecordingCore.Call call = core.next();
    RawCommand raw = (RawCommand) call.argument();
    assertThat(raw.root()).isEqualTo("mentor");
    assertThat(raw.sub()).isEqualTo("feedback");
    assertThat(raw.named())
        .containsEntry("user", "<@" + BOB + ">")
        .containsEntry("rating", "5")
        .containsEntry("comment", "great");
    assertThat(call.invocation().community())
        .isEqualTo(new CommunityId(Platform.DISCORD, GUILD_ID));
    assertThat(call.invocation().actor().userId()).isEqualTo(ALICE);
    assertThat(call.invocation().actor().platformModerator()).isFalse();
    assertThat(call.invocation().actor().groupIds()).containsExactly(MENTOR_ROLE_ID);
    assertThat(call.invocation().channelId()).contains(GENERAL_ID);

    DataObject callback = discord.awaitCallback(id).json();
    assertThat(callback.getInt("type")).isEqualTo(4);
    DataObject data = callback.getObject("data");
    assertThat(data.getInt("flags") & 64).as("ephemeral").isEqualTo(64);
    assertThat(data.getArray("embeds").getObject(0).getString("description"))
        .isEqualTo("ran feedback");
  }
}
