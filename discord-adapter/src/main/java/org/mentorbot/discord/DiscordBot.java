package org.mentorbot.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import org.mentorbot.core.command.CommandGateway;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.messaging.DeliveryNotes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord front end as one object. {@link #chatGateway()} exists from construction, so the core
 * can be built with it; {@link #start(CommandGateway)} then connects (one JDA, or a ShardManager
 * when shards are configured), registers the slash commands and logs the invite URL; {@link
 * #close()} disconnects.
 *
 * <pre>{@code
 * DiscordBot discord = new DiscordBot(settings);
 * MentorbotCore core = MentorbotCore.builder(database, discord.chatGateway()).build();
 * discord.start(core.commands());
 * }</pre>
 *
 * <p>Slash commands, buttons and forms need no privileged intent and no message content, so the bot
 * asks only for guilds (always on in JDA) and caches nothing about members or voice.
 */
public final class DiscordBot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
  private static final Duration DEFAULT_DEFER_AFTER = Duration.ofMillis(1500);
  private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(4);

  private final DiscordSettings settings;
  private final Duration deferAfter;
  private final DiscordChatGateway chatGateway;
  private volatile InteractionListener listener;
  private volatile JDA jda;
  private volatile ShardManager shardManager;
  private volatile String inviteUrl;

  public DiscordBot(DiscordSettings settings) {
    this(settings, DEFAULT_DEFER_AFTER);
  }

  /**
   * @param deferAfter how long the core may take before an interaction is deferred (Discord allows
   *     three seconds for the first answer)
   */
  public DiscordBot(DiscordSettings settings, Duration deferAfter) {
    this(settings, deferAfter, DeliveryNotes.inMemory());
  }

  /**
   * @param notes where deliveries note what they already did (the intro thread they opened), so a
   *     retry, even after a restart, continues instead of repeating; the database in production
   */
  public DiscordBot(DiscordSettings settings, Duration deferAfter, DeliveryNotes notes) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.deferAfter = Objects.requireNonNull(deferAfter, "deferAfter");
    this.chatGateway = new DiscordChatGateway(this::shards, settings.matchChannel(), notes);
  }

  /** Connects, waits until every guild is loaded, and registers the commands. */
  public void start(CommandGateway core) throws InterruptedException {
    if (listener != null) {
      throw new IllegalStateException("already started");
    }
    listener =
        new InteractionListener(Objects.requireNonNull(core, "core"), deferAfter, this::shards);
    RestConfig rest = new RestConfig().setBaseUrl(settings.apiUrl());
    if (settings.shards().isPresent()) {
      DefaultShardManagerBuilder builder =
          DefaultShardManagerBuilder.createLight(
                  settings.token(), EnumSet.noneOf(GatewayIntent.class))
              .setRestConfig(rest)
              .setShardsTotal(settings.shards().get())
              .setShards(shardIds())
              .disableCache(EnumSet.allOf(CacheFlag.class))
              .setCompression(Compression.NONE)
              .setGatewayEncoding(GatewayEncoding.JSON)
              // JDA's own hook would disconnect at once on SIGTERM, before the deliveries in
              // flight finish; close() does it, in order, from the application's hook.
              .setEnableShutdownHook(false)
              .addEventListeners(listener);
      settings
          .gatewayUrl()
          .ifPresent(url -> builder.setSessionController(new FixedGatewaySessionController(url)));
      shardManager = builder.build();
      for (JDA shard : shardManager.getShards()) {
        shard.awaitReady();
      }
    } else {
      JDABuilder builder =
          JDABuilder.createLight(settings.token(), EnumSet.noneOf(GatewayIntent.class))
              .setRestConfig(rest)
              .disableCache(EnumSet.allOf(CacheFlag.class))
              .setCompression(Compression.NONE)
              .setGatewayEncoding(GatewayEncoding.JSON)
              .setEnableShutdownHook(false) // see above: close() disconnects, in order
              .addEventListeners(listener);
      settings
          .gatewayUrl()
          .ifPresent(url -> builder.setSessionController(new FixedGatewaySessionController(url)));
      jda = builder.build();
      jda.awaitReady();
    }
    inviteUrl = InviteUrl.forApplication(shards().get(0).getSelfUser().getApplicationId());
    registerCommands();
    checkPresetChannels();
    log.info("Discord ready. Invite the bot with: {}", inviteUrl);
  }

  /** The shards this process runs: the configured split, or all of them. */
  private List<Integer> shardIds() {
    if (!settings.shardIds().isEmpty()) {
      return settings.shardIds();
    }
    return java.util.stream.IntStream.range(0, settings.shards().orElse(1)).boxed().toList();
  }

  /**
   * Channels preset in the configuration are names or ids that every server must have; each server
   * where one is missing or unusable is logged once at start, saying what to do, so an operator
   * learns it before the first round is announced there.
   */
  private void checkPresetChannels() {
    for (JDA shard : shards()) {
      for (Guild guild : shard.getGuilds()) {
        ChannelLookup lookup = new ChannelLookup(shards(), guild.getId());
        settings
            .announceChannel()
            .ifPresent(
                c -> {
                  if (lookup.find(c) instanceof ChannelLookup.Missing missing) {
                    log.error(
                        "discord.announceChannel '{}' in server {} ({}): {}",
                        c,
                        guild.getId(),
                        guild.getName(),
                        missing.problem());
                  }
                });
        settings
            .matchChannel()
            .filter(c -> lookup.textChannel(c).isEmpty())
            .ifPresent(
                c ->
                    log.error(
                        "discord.matchChannel '{}' in server {} ({}): no such text channel the"
                            + " bot can see; intros there go as direct messages until it exists.",
                        c,
                        guild.getId(),
                        guild.getName()));
      }
    }
  }

  private void registerCommands() {
    CommandRegistrar registrar = new CommandRegistrar(SlashCommands.fromCatalogue());
    List<JDA> all = shards();
    register("global", () -> registrar.syncGlobal(all.get(0)));
    for (String guildId : settings.devGuildIds()) {
      Guild guild =
          all.stream()
              .map(s -> s.getGuildById(guildId))
              .filter(Objects::nonNull)
              .findFirst()
              .orElse(null);
      if (guild == null) {
        log.warn(
            "Dev guild {} is not among the bot's servers; invite the bot there first", guildId);
      } else {
        register("guild " + guildId, () -> registrar.syncGuild(guild));
      }
    }
  }

  /**
   * A failed registration leaves the commands Discord already has and is logged with the likely
   * cause; the bot keeps serving them rather than refusing to start.
   */
  private void register(String scope, Runnable sync) {
    try {
      sync.run();
    } catch (RuntimeException e) {
      log.error(
          "Could not register the {} slash commands ({}). If the bot was invited without the"
              + " applications.commands scope, re-invite it with: {}",
          scope,
          e.getMessage(),
          inviteUrl);
    }
  }

  /** The OAuth2 URL that adds the bot with exactly the scopes and permissions it uses. */
  public String inviteUrl() {
    if (inviteUrl == null) {
      throw new IllegalStateException("start() first");
    }
    return inviteUrl;
  }

  public ChatGateway chatGateway() {
    return chatGateway;
  }

  /** The connected shards (one without sharding); empty before start and after close. */
  List<JDA> shards() {
    if (shardManager != null) {
      return new ArrayList<>(shardManager.getShards());
    }
    return jda == null ? List.of() : List.of(jda);
  }

  /**
   * Stops taking commands: members get "restarting, try again", the commands in progress are
   * answered (bounded by {@link InteractionListener#DRAIN_LIMIT}). Stays connected, so the core can
   * finish its deliveries; {@link #close()} disconnects.
   */
  public void stopTakingWork() {
    if (listener != null) {
      listener.close();
    }
  }

  /** As {@link #stopTakingWork()}, waiting at most {@code limit} for the commands in progress. */
  public void stopTakingWork(Duration limit) {
    if (listener != null) {
      listener.close(limit);
    }
  }

  /**
   * Stops taking work (if not done yet), then disconnects: gracefully first (queued requests are
   * sent), forcibly after {@link #SHUTDOWN_GRACE}.
   */
  @Override
  public void close() {
    stopTakingWork();
    try {
      for (JDA shard : shards()) {
        shard.shutdown();
      }
      for (JDA shard : shards()) {
        if (!shard.awaitShutdown(SHUTDOWN_GRACE)) {
          shard.shutdownNow();
          if (!shard.awaitShutdown(SHUTDOWN_GRACE)) {
            log.warn(
                "Discord shard {} did not stop within {}", shard.getShardInfo(), SHUTDOWN_GRACE);
          }
        }
      }
      if (shardManager != null) {
        shardManager.shutdown();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
