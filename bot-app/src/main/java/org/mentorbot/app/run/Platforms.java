package org.mentorbot.app.run;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentorbot.config.DiscordConfig;
import org.mentorbot.config.MentorbotConfig;
import org.mentorbot.config.Secret;
import org.mentorbot.config.SlackConfig;
import org.mentorbot.config.SlackMode;
import org.mentorbot.core.command.CommandGateway;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.schedule.SqlDeliveryNotes;
import org.mentorbot.core.storage.Database;
import org.mentorbot.discord.DiscordBot;
import org.mentorbot.discord.DiscordSettings;
import org.mentorbot.slack.SlackBot;
import org.mentorbot.slack.SlackChatGateway;
import org.mentorbot.slack.SlackSettings;
import org.mentorbot.slack.SqlDeliveryJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the configuration into platform adapters. Adapters exist before the core (the core needs
 * their gateways) and start after it (they need its commands).
 */
final class Platforms {

  private static final Logger LOG = LoggerFactory.getLogger(Platforms.class);

  /** How long the core may take before a Discord interaction is deferred ("thinking…"). */
  private static final java.time.Duration DEFER_AFTER = java.time.Duration.ofMillis(1500);

  private Platforms() {}

  /** A started adapter. */
  interface Started {
    /** Disconnects; after {@link #stopTakingWork}, or alone when starting failed. */
    void close() throws Exception;

    /**
     * Refuses new commands (members are told to try again shortly) and waits, at most {@code
     * limit}, for the ones in progress to be answered; the platform stays connected for deliveries.
     */
    default void stopTakingWork(java.time.Duration limit) throws Exception {}

    default void stopTakingWorkQuietly(java.time.Duration limit) {
      try {
        stopTakingWork(limit);
      } catch (Exception e) {
        LOG.warn("stopping a platform's commands failed", e);
      }
    }

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
    /**
     * Starts every adapter in turn. If one fails, those already started are closed (newest first)
     * before the failure is passed on: the caller never sees them, so it could not close them.
     */
    List<Started> start(CommandGateway commands) {
      List<Started> started = new ArrayList<>();
      try {
        for (var starter : starters) {
          started.add(starter.apply(commands));
        }
      } catch (RuntimeException | Error e) {
        for (int i = started.size() - 1; i >= 0; i--) {
          started.get(i).closeQuietly();
        }
        throw e;
      }
      return started;
    }
  }

  /**
   * @param database the bot's database: Discord notes its deliveries in progress there (the intro
   *     threads it opened) and Slack journals its posts, so a retry after a restart continues
   */
  static Prepared prepare(MentorbotConfig config, PlatformGateway gateway, Database database) {
    List<java.util.function.Function<CommandGateway, Started>> starters = new ArrayList<>();
    if (config.discord().enabled()) {
      DiscordBot discord =
          new DiscordBot(
              discordSettings(config.discord()),
              DEFER_AFTER,
              new SqlDeliveryNotes(database, Clock.systemUTC()));
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
            return new Started() {
              @Override
              public void stopTakingWork(java.time.Duration limit) {
                discord.stopTakingWork(limit);
              }

              @Override
              public void close() {
                discord.close();
              }
            };
          });
    }
    if (config.slack().enabled()) {
      SlackSettings settings = slackSettings(config.slack());
      // The journal shares the bot's database, so a retry after a crash (or on another
      // instance) knows a post may already be in Slack and looks before posting again.
      SlackChatGateway slackGateway =
          new SlackChatGateway(settings, new SqlDeliveryJournal(database));
      gateway.with(Platform.SLACK, slackGateway);
      starters.add(
          commands -> {
            SlackBot slack = new SlackBot(settings, commands);
            try {
              slack.start();
            } catch (Exception e) {
              throw new IllegalStateException("Slack did not start: " + e.getMessage(), e);
            }
            LOG.info("Slack connected ({} mode)", config.slack().activeMode());
            return new Started() {
              @Override
              public void stopTakingWork(java.time.Duration limit) {
                slack.stopTakingWork(limit);
              }

              @Override
              public void close() {
                slack.close();
                slackGateway.close();
              }
            };
          });
    }
    return new Prepared(starters);
  }

  static SlackSettings slackSettings(SlackConfig s) {
    boolean socket = s.activeMode() == SlackMode.SOCKET;
    return new SlackSettings(
        s.botToken().map(Secret::value).orElseThrow(),
        socket ? s.appToken().map(Secret::value) : Optional.empty(),
        socket ? Optional.empty() : s.signingSecret().map(Secret::value),
        s.port(),
        s.path(),
        s.apiUrl().toString(),
        s.moderatorGroup());
  }

  static DiscordSettings discordSettings(DiscordConfig d) {
    return new DiscordSettings(
        d.token().map(Secret::value).orElseThrow(),
        d.apiUrl().toString(),
        d.gatewayUrl().map(Object::toString),
        d.devGuilds(),
        d.shards().isPresent() ? Optional.of(d.shards().getAsInt()) : Optional.empty(),
        d.shardIdList(),
        d.matchChannel(),
        d.announceChannel());
  }
}
