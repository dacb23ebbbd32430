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
 * @param shards total shard count; present means a {@code ShardManager} runs them
 * @param shardIds the shards this process runs, when several processes share the bot (e.g. 0-3 of
 *     8); empty runs all of them. Needs {@code shards}.
 * @param matchChannel the text channel under which private intro threads are opened: its id, or its
 *     name (looked up in each community's server, so one name serves every server)
 * @param announceChannel the announce channel the configuration presets, by id or name; the bot
 *     checks at start that every server has it
 */
public record DiscordSettings(
    String token,
    String apiUrl,
    Optional<String> gatewayUrl,
    List<String> devGuildIds,
    Optional<Integer> shards,
    List<Integer> shardIds,
    Optional<String> matchChannel,
    Optional<String> announceChannel) {

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
    devGuildIds.forEach(id -> Snowflakes.require(id, "dev guild id"));
    shards = Objects.requireNonNullElse(shards, Optional.<Integer>empty());
    shards.ifPresent(
        n -> {
          if (n < 1) {
            throw new IllegalArgumentException("shards must be at least 1, was " + n);
          }
        });
    shardIds = List.copyOf(Objects.requireNonNullElse(shardIds, List.<Integer>of()));
    requireShardIds(shardIds, shards);
    matchChannel = channel(matchChannel, "match channel");
    announceChannel = channel(announceChannel, "announce channel");
  }

  /** Settings without a shard split or a preset announce channel. */
  public DiscordSettings(
      String token,
      String apiUrl,
      Optional<String> gatewayUrl,
      List<String> devGuildIds,
      Optional<Integer> shards,
      Optional<String> matchChannel) {
    this(token, apiUrl, gatewayUrl, devGuildIds, shards, List.of(), matchChannel, Optional.empty());
  }

  /** The same settings with a preset announce channel (id or name). */
  public DiscordSettings withAnnounceChannel(String channel) {
    return new DiscordSettings(
        token,
        apiUrl,
        gatewayUrl,
        devGuildIds,
        shards,
        shardIds,
        matchChannel,
        Optional.of(channel));
  }

  /** The same settings running only {@code ids} of {@code total} shards. */
  public DiscordSettings withShards(int total, List<Integer> ids) {
    return new DiscordSettings(
        token,
        apiUrl,
        gatewayUrl,
        devGuildIds,
        Optional.of(total),
        ids,
        matchChannel,
        announceChannel);
  }

  /** Never prints the token: settings end up in logs and exception messages. */
  @Override
  public String toString() {
    return "DiscordSettings[token=****, apiUrl="
        + apiUrl
        + ", gatewayUrl="
        + gatewayUrl
        + ", devGuildIds="
        + devGuildIds
        + ", shards="
        + shards
        + ", shardIds="
        + shardIds
        + ", matchChannel="
        + matchChannel
        + ", announceChannel="
        + announceChannel
        + "]";
  }

  private static Optional<String> channel(Optional<String> given, String what) {
    Optional<String> channel =
        Objects.requireNonNullElse(given, Optional.<String>empty())
            .map(c -> c.startsWith("#") ? c.substring(1) : c);
    channel.ifPresent(
        c -> {
          if (!c.matches("[\\p{L}\\p{N}_-]{1,100}")) {
            throw new IllegalArgumentException(
                what + " must be a channel id or a channel name (no spaces), was: " + c);
          }
        });
    return channel;
  }

  private static void requireShardIds(List<Integer> ids, Optional<Integer> total) {
    if (ids.isEmpty()) {
      return;
    }
    if (total.isEmpty()) {
      throw new IllegalArgumentException("shard ids need the total shard count (shards)");
    }
    if (ids.stream().distinct().count() != ids.size()) {
      throw new IllegalArgumentException("shard ids repeat: " + ids);
    }
    for (int id : ids) {
      if (id < 0 || id >= total.get()) {
        throw new IllegalArgumentException(
            "shard id " + id + " is outside 0.." + (total.get() - 1));
      }
    }
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
}
