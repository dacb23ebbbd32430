package org.mentorbot.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.community.Platform;

/** All of mentorbot's settings, validated; load them with {@link ConfigLoader#load}. */
public record MentorbotConfig(
    DatabaseConfig database,
    DiscordConfig discord,
    SlackConfig slack,
    CommunityDefaults community,
    ConsoleConfig console) {

  public MentorbotConfig {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(discord, "discord");
    Objects.requireNonNull(slack, "slack");
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(console, "console");
  }

  /** What an absent settings file and an empty environment give: no chat platform. */
  public static MentorbotConfig defaults() {
    return new MentorbotConfig(
        DatabaseConfig.defaults(),
        DiscordConfig.defaults(),
        SlackConfig.defaults(),
        CommunityDefaults.defaults(),
        ConsoleConfig.defaults());
  }

  /** The same settings with another database file, e.g. from {@code mentorbot console --db}. */
  public MentorbotConfig withDatabasePath(Path path) {
    return withDatabase(new DatabaseConfig(path));
  }

  /** The same settings with another database (a file or a JDBC URL, e.g. from {@code --db}). */
  public MentorbotConfig withDatabase(DatabaseConfig database) {
    return new MentorbotConfig(database, discord, slack, community, console);
  }

  /**
   * What a new community on {@code platform} starts with, for {@code MentorbotCore}: the {@code
   * community} values, plus Discord's channel defaults or Slack's moderator group.
   */
  public CommunitySettings communitySettings(Platform platform) {
    Optional<String> none = Optional.empty();
    return switch (platform) {
      case DISCORD -> community.toSettings(discord.announceChannel(), discord.matchChannel(), none);
      case SLACK -> community.toSettings(none, none, slack.moderatorGroup());
      case CONSOLE -> community.toSettings(none, none, none);
    };
  }

  /** The chat platforms {@code mentorbot run} starts; empty when none is configured. */
  public Set<Platform> platforms() {
    Set<Platform> platforms = EnumSet.noneOf(Platform.class);
    if (discord.enabled()) {
      platforms.add(Platform.DISCORD);
    }
    if (slack.enabled()) {
      platforms.add(Platform.SLACK);
    }
    return Collections.unmodifiableSet(platforms);
  }

  /** What {@code mentorbot run} prints when {@link #platforms()} is empty. */
  public String howToConfigure() {
    return String.join(
        "\n",
        "No chat platform is configured, so `mentorbot run` has nothing to start.",
        "Set the environment variables of at least one platform below, then run it again.",
        "",
        "  Discord:",
        "    DISCORD_TOKEN=...              bot token (Developer Portal > your app > Bot)",
        "",
        "  Slack, Socket Mode (no public URL needed):",
        "    SLACK_BOT_TOKEN=xoxb-...       Bot User OAuth Token (OAuth & Permissions)",
        "    SLACK_APP_TOKEN=xapp-...       App-Level Token with connections:write (Basic"
            + " Information)",
        "",
        "  Slack, HTTP mode (Slack sends requests to http://<this host>:"
            + slack.port()
            + slack.path()
            + "):",
        "    SLACK_BOT_TOKEN=xoxb-...       Bot User OAuth Token (OAuth & Permissions)",
        "    SLACK_SIGNING_SECRET=...       Signing Secret (Basic Information > App Credentials)",
        "",
        "Other settings are read from config/mentorbot.yml (see config/mentorbot.example.yml).",
        "To try mentorbot without any chat platform, run `mentorbot console`: it needs no"
            + " settings.",
        "");
  }
}
