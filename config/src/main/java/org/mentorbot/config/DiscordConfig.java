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
        Optional.empty());
  }

  public boolean enabled() {
    return token.isPresent();
  }
}
