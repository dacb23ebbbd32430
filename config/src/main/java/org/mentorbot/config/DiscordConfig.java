package org.mentorbot.config;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Discord. It runs when {@link #token()} is present (from {@code DISCORD_TOKEN}).
 *
 * @param token the bot token, from the environment only
 * @param applicationId the application's id, if given; JDA can also learn it from the token
 * @param apiUrl the REST API base, always ending in {@code /}; tests point it at a local fake
 * @param gatewayUrl the WebSocket gateway; empty means Discord's own
 * @param devGuilds guilds that get commands registered instantly (global ones take up to an hour)
 * @param shards how many gateway shards to run; empty lets Discord recommend
 * @param shardIds the shards this process runs when several processes share the bot, as written
 *     (e.g. {@code 0-3} of 8 shards, or {@code 0,2,4}); empty runs them all. Needs {@code shards}.
 * @param matchChannel the channel new communities open intro threads in, if preset
 * @param announceChannel the channel new communities announce rounds in, if preset
 */
public record DiscordConfig(
    Optional<Secret> token,
    Optional<String> applicationId,
    URI apiUrl,
    Optional<URI> gatewayUrl,
    List<String> devGuilds,
    OptionalInt shards,
    Optional<String> shardIds,
    Optional<String> matchChannel,
    Optional<String> announceChannel) {
  public static final URI DEFAULT_API_URL = URI.create("https://discord.com/api/v10/");
  public static final int MAX_SHARDS = 64;

  public DiscordConfig {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(applicationId, "applicationId");
    apiUrl = Urls.withTrailingSlash(Objects.requireNonNull(apiUrl, "apiUrl"));
    Objects.requireNonNull(gatewayUrl, "gatewayUrl");
    devGuilds = List.copyOf(Objects.requireNonNull(devGuilds, "devGuilds"));
    Objects.requireNonNull(shards, "shards");
    Objects.requireNonNull(shardIds, "shardIds");
    Objects.requireNonNull(matchChannel, "matchChannel");
    Objects.requireNonNull(announceChannel, "announceChannel");

    Problems problems = new Problems();
    applicationId.ifPresent(id -> problems.snowflake("discord.applicationId", id));
    problems.url("discord.apiUrl", apiUrl, "http", "https");
    gatewayUrl.ifPresent(url -> problems.url("discord.gatewayUrl", url, "ws", "wss"));
    for (int i = 0; i < devGuilds.size(); i++) {
      problems.snowflake("discord.devGuilds[" + i + "]", devGuilds.get(i));
    }
    problems.noDuplicates("discord.devGuilds", devGuilds);
    shards.ifPresent(n -> problems.range("discord.shards", n, 1, MAX_SHARDS));
    shardIds.ifPresent(ids -> checkShardIds(problems, ids, shards));
    matchChannel.ifPresent(c -> problems.name("discord.matchChannel", c, 100, "mentorship"));
    announceChannel.ifPresent(
        c -> problems.name("discord.announceChannel", c, 100, "announcements"));
    problems.throwIfAny();
  }

  /** Discord not configured: no token, every other setting at its default. */
  public static DiscordConfig defaults() {
    return new DiscordConfig(
        Optional.empty(),
        Optional.empty(),
        DEFAULT_API_URL,
        Optional.empty(),
        List.of(),
        OptionalInt.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public boolean enabled() {
    return token.isPresent();
  }

  /** The shard ids this process runs, in order; empty for all of them. */
  public List<Integer> shardIdList() {
    return shardIds.map(DiscordConfig::parseShardIds).orElse(List.of());
  }

  private static void checkShardIds(Problems problems, String text, OptionalInt shards) {
    String key = "discord.shardIds";
    List<Integer> ids;
    try {
      ids = parseShardIds(text);
    } catch (IllegalArgumentException e) {
      problems.add(key, "must be shard numbers like 0-3 or 0,2,4, was '" + text + "'");
      return;
    }
    if (shards.isEmpty()) {
      problems.add(key, "needs discord.shards, the total number of shards, e.g. shards: 8");
      return;
    }
    int total = shards.getAsInt();
    for (int id : ids) {
      if (id >= total) {
        problems.add(key, "shard " + id + " does not exist: shards are 0.." + (total - 1));
        return;
      }
    }
    if (ids.stream().distinct().count() != ids.size()) {
      problems.add(key, "names a shard twice: '" + text + "'");
    }
  }

  /** {@code 0-3,6} → [0, 1, 2, 3, 6]. */
  static List<Integer> parseShardIds(String text) {
    List<Integer> ids = new java.util.ArrayList<>();
    for (String part : text.split(",", -1)) {
      String[] range = part.strip().split("-", -1);
      if (range.length > 2) {
        throw new IllegalArgumentException(part);
      }
      int from = Integer.parseInt(range[0].strip());
      int to = range.length == 2 ? Integer.parseInt(range[1].strip()) : from;
      if (from < 0 || to < from || to - from > MAX_SHARDS) {
        throw new IllegalArgumentException(part);
      }
      for (int id = from; id <= to; id++) {
        ids.add(id);
      }
    }
    return List.copyOf(ids);
  }
}
