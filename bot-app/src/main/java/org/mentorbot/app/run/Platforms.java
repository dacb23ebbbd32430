package org.mentorbot.app.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentorbot.config.DiscordConfig;
import org.mentorbot.config.MentorbotConfig;
import org.mentorbot.config.Secret;
import org.mentorbot.core.command.CommandGateway;
import org.mentorbot.core.community.Platform;
import org.mentorbot.discord.DiscordBot;
import org.mentorbot.discord.DiscordSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the configuration into platform adapters. Adapters exist before the core (the core needs
 * their gateways) and start after it (they need its commands).
 */
final class Platforms {

  private static final Logger LOG = LoggerFactory.getLogger(Platforms.class);

  private Platforms() {}

  /** A started adapter. */
  interface Started {
    void close() throws Exception;

    default void closeQuietly() {
      try {
        close();
      } catch (Exception e) {
        LOG.warn("closing a platform failed", e);
      }
    }
  }

  /** Adapters built, their gateways registered, not yet connected. */
  record Prepared(List<java.util.function.Function<CommandGateway, Started>> starters) {
    List<Started> start(CommandGateway commands) {
      List<Started> started = new ArrayList<>();
      for (var starter : starters) {
        started.add(starter.apply(commands));
      }
      return started;
    }
  }

  static Prepared prepare(MentorbotConfig config, PlatformGateway gateway) {
    List<java.util.function.Function<CommandGateway, Started>> starters = new ArrayList<>();
    if (config.discord().enabled()) {
      DiscordBot discord = new DiscordBot(discordSettings(config.discord()));
      gateway.with(Platform.DISCORD, discord.chatGateway());
      starters.add(
          commands -> {
            try {
              discord.start(commands);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IllegalStateException("interrupted while connecting to Discord", e);
            }
            LOG.info("Discord connected. Invite the bot with {}", discord.inviteUrl());
            return discord::close;
          });
    }
    return new Prepared(starters);
  }

  static DiscordSettings discordSettings(DiscordConfig d) {
    return new DiscordSettings(
        d.token().map(Secret::value).orElseThrow(),
        d.apiUrl().toString(),
        d.gatewayUrl().map(Object::toString),
        d.devGuilds(),
        d.shards().isPresent() ? Optional.of(d.shards().getAsInt()) : Optional.empty(),
        d.matchChannel());
  }
}
