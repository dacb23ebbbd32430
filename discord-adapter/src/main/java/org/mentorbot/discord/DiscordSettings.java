package org.mentorbot.discord;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Discord adapter needs to run, mapped from the application's configuration.
 *
 * @param token the bot token
 * @param apiUrl the REST base URL, ending in {@code /} (Discord's by default; a local fake in
 *     tests)
 * @param gatewayUrl a fixed gateway URL; empty asks Discord for it
 * @param devGuildIds guilds that get the commands registered directly (instant, unlike global ones)
 * @param shards total shard count; present means a {@code ShardManager} runs them all
 * @param matchChannel the text channel under which private intro threads are opened: its id, or its
 *     name (looked up in each community's server, so one name serves every server)
 */
public record DiscordSettings(
    String token,
    String apiUrl,
    Optional<String> gatewayUrl,
    List<String> devGuildIds,
    Optional<Integer> shards,
    Optional<String> matchChannel) {

  public static final String DISCORD_API_URL = "https://discord.com/api/v10/";

  public DiscordSettings {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("Discord token is blank; set DISCORD_TOKEN");
    }
    apiUrl = apiUrl == null || apiUrl.isBlank() ? DISCORD_API_URL : apiUrl;
    if (!apiUrl.endsWith("/")) {
      apiUrl = apiUrl + "/";
    }
    requireUrl(apiUrl, "apiUrl", "http");
    gatewayUrl = Objects.requireNonNullElse(gatewayUrl, Optional.<String>empty());
    gatewayUrl.ifPresent(url -> requireUrl(url, "gatewayUrl", "ws"));
    devGuildIds = List.copyOf(Objects.requireNonNullElse(devGuildIds, List.<String>of()));
    devGuildIds.forEach(id -> requireSnowflake(id, "dev guild id"));
    shards = Objects.requireNonNullElse(shards, Optional.<Integer>empty());
    shards.ifPresent(
        n -> {
          if (n < 1) {
            throw new IllegalArgumentException("shards must be at least 1, was " + n);
          }
        });
    matchChannel =
        Objects.requireNonNullElse(matchChannel, Optional.<String>empty())
            .map(c -> c.startsWith("#") ? c.substring(1) : c);
    matchChannel.ifPresent(
        c -> {
          if (!c.matches("[\\p{L}\\p{N}_-]{1,100}")) {
            throw new IllegalArgumentException(
                "match channel must be a channel id or a channel name (no spaces), was: " + c);
          }
        });
  }

  /** Production settings: Discord's own API, gateway from Discord, no dev guilds. */
  public static DiscordSettings of(String token) {
    return new DiscordSettings(
        token, DISCORD_API_URL, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
  }

  private static void requireUrl(String url, String what, String schemePrefix) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " is not a URL: " + url, e);
    }
    if (uri.getScheme() == null || !uri.getScheme().startsWith(schemePrefix)) {
      throw new IllegalArgumentException(
          what + " must start with " + schemePrefix + ":// or " + schemePrefix + "s://: " + url);
    }
  }

  static void requireSnowflake(String id, String what) {
    if (id == null || !id.matches("[0-9]{1,20}")) {
      throw new IllegalArgumentException(what + " must be a numeric Discord id, was: " + id);
    }
  }
}
