package org.mentorbot.discord;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mentorbot.core.command.CommandGateway;
import org.mentorbot.discord.fake.FakeDiscord;

/** A bot wired to a fake Discord, with the guild as dev guild and the match channel set. */
final class TestBots {
  private TestBots() {}

  static DiscordSettings settings(FakeDiscord discord) {
    return new DiscordSettings(
        "fake-token-0123456789",
        discord.apiUrl(),
        Optional.of(discord.gatewayUrl()),
        List.of(FakeDiscord.GUILD_ID),
        Optional.empty(),
        Optional.of(FakeDiscord.MATCH_CHANNEL_ID));
  }

  static DiscordBot start(FakeDiscord discord, CommandGateway core, Duration deferAfter)
      throws InterruptedException {
    DiscordBot bot = new DiscordBot(settings(discord), deferAfter);
    try {
      bot.start(core);
    } catch (InterruptedException | RuntimeException e) {
      bot.close();
      throw e;
    }
    return bot;
  }
}
