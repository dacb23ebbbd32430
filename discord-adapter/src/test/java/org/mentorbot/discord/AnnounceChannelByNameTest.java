package org.mentorbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.discord.fake.FakeDiscord.GENERAL_ID;
import static org.mentorbot.discord.fake.FakeDiscord.GUILD_ID;
import static org.mentorbot.discord.fake.FakeDiscord.MODERATOR;
import static org.mentorbot.discord.fake.FakeDiscord.MOD_ROLE_ID;
import static org.mentorbot.discord.fake.FakeDiscord.dmChannelId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.MentorbotCore;
import org.mentorbot.core.command.Actor;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.RawCommand;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.community.SettingKey;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.testing.MutableClock;
import org.mentorbot.discord.fake.FakeDiscord;

/**
 * Issue 13 item 2: {@code discord.announceChannel: general} (a name, as the configuration docs say)
 * announces the round with its Join button in that channel, and a name the server lacks makes
 * {@code /round open} say it could not announce, instead of claiming it did.
 */
class AnnounceChannelByNameTest {
  @RegisterExtension static final FakeDiscord discord = new FakeDiscord();

  private static final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
  private static final RecordingCore unused = new RecordingCore();
  private static DiscordBot bot;
  private Database database;
  private MentorbotCore core;

  @BeforeAll
  static void startBot() throws InterruptedException {
    bot = TestBots.start(discord, unused, Duration.ofSeconds(2));
  }

  @AfterAll
  static void stopBot() {
    bot.close();
  }

  @AfterEach
  void closeCore() {
    core.close();
    database.close();
    discord.reset();
  }

  private MentorbotCore coreAnnouncingIn(String channel) {
    database = Database.inMemory();
    CommunitySettings defaults =
        CommunitySettings.defaults().toBuilder().set(SettingKey.ANNOUNCE_CHANNEL, channel).build();
    core =
        MentorbotCore.builder(database, bot.chatGateway()).clock(clock).defaults(defaults).build();
    return core;
  }

  private static Invocation moderator() {
    return new Invocation(
        new CommunityId(Platform.DISCORD, GUILD_ID),
        new Actor(MODERATOR, "mod", true, Set.of(MOD_ROLE_ID)),
        Optional.of(GENERAL_ID));
  }

  private static String text(Reply reply) {
    return ((Reply.Shown) reply).message().text();
  }

  @Test
  void aConfiguredChannelNameAnnouncesTheRoundThereWithItsJoinButton() {
    MentorbotCore core = coreAnnouncingIn("general");

    Reply opened =
        core.commands().run(moderator(), new RawCommand("round", "open", List.of(), Map.of()));
    core.runDueWork();

    assertThat(text(opened)).contains("I announced it with a Join button.");
    DataObject announcement = discord.created(GENERAL_ID).get(0);
    assertThat(announcement.getArray("embeds").getObject(0).getString("title"))
        .startsWith("Round 1 is open");
    assertThat(
            announcement
                .getArray("components")
                .getObject(0)
                .getArray("components")
                .getObject(0)
                .getString("custom_id"))
        .startsWith("round-join:");
  }

  @Test
  void aChannelNameTheServerLacksMakesTheReplySayItCouldNotAnnounce() {
    MentorbotCore core = coreAnnouncingIn("mentoring");

    Reply opened =
        core.commands().run(moderator(), new RawCommand("round", "open", List.of(), Map.of()));
    core.runDueWork();

    assertThat(text(opened))
        .doesNotContain("I announced it")
        .contains("I could not announce it: There is no text channel named #mentoring")
        .contains("/round join");
    // Which delivery failed is a moderator matter: it reaches the moderator privately (no
    // mod-channel is set, so by DM), never a channel.
    assertThat(discord.created())
        .as("nothing was posted in a channel")
        .allSatisfy(m -> assertThat(m.getString("channel_id")).isEqualTo(dmChannelId(MODERATOR)));
  }
}
