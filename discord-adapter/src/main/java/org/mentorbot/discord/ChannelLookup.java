package org.mentorbot.discord;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;

/**
 * Finds a channel the settings name in one server, through every shard: by id, {@code <#id>}, or by
 * name ({@code mentoring} or {@code #mentoring}, exact first, then ignoring case). Uses JDA's
 * channel cache only, so it is fast enough to ask while a command runs.
 */
final class ChannelLookup {

  /** What a lookup found. */
  sealed interface Result {}

  record Found(GuildMessageChannel channel) implements Result {}

  /** Not usable; {@code problem} says why and what a moderator can do. */
  record Missing(String problem) implements Result {}

  private static final Permission[] TO_POST = {
    Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND, Permission.MESSAGE_EMBED_LINKS
  };

  private final List<JDA> shards;
  private final String guildId;

  ChannelLookup(List<JDA> shards, String guildId) {
    this.shards = Objects.requireNonNull(shards, "shards");
    this.guildId = Objects.requireNonNull(guildId, "guildId");
  }

  /**
   * A channel to post in: found, in this server, a text or announcement channel the bot may use.
   */
  Result find(String reference) {
    String ref = normalise(reference);
    Optional<Guild> guild = guild();
    if (guild.isEmpty()) {
      return new Missing("The bot is not in this server (" + guildId + ") any more.");
    }
    Optional<GuildMessageChannel> channel =
        Snowflakes.isValid(ref) ? byId(ref) : byName(guild.get(), ref);
    if (channel.isEmpty()) {
      return new Missing(
          Snowflakes.isValid(ref)
              ? "Channel <#"
                  + ref
                  + "> is unknown to the bot or not a text channel of this server; check that it"
                  + " exists and that the bot can see it, or choose another with /mentor config."
              : "There is no text channel named #"
                  + ref
                  + " in this server that the bot can see; create it (and let the bot's role see"
                  + " it), or choose another with /mentor config.");
    }
    GuildMessageChannel found = channel.get();
    if (!guild.get().getSelfMember().hasPermission(found, TO_POST)) {
      return new Missing(
          "The bot may not post in <#"
              + found.getId()
              + ">; give its role View Channel, Send Messages and Embed Links there.");
    }
    return new Found(found);
  }

  /** A text channel of this server to open threads under, by id or name. */
  Optional<TextChannel> textChannel(String reference) {
    String ref = normalise(reference);
    if (Snowflakes.isValid(ref)) {
      return byId(ref).filter(TextChannel.class::isInstance).map(TextChannel.class::cast);
    }
    return guild()
        .flatMap(
            g ->
                first(
                    g.getTextChannelsByName(ref, false).stream(),
                    g.getTextChannelsByName(ref, true).stream()));
  }

  private Optional<Guild> guild() {
    return shards.stream().map(s -> s.getGuildById(guildId)).filter(Objects::nonNull).findFirst();
  }

  private Optional<GuildMessageChannel> byId(String id) {
    for (JDA jda : shards) {
      GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, id);
      if (channel != null) {
        // A channel of another server is never a target for this community's messages.
        return Optional.of(channel).filter(c -> c.getGuild().getId().equals(guildId));
      }
    }
    return Optional.empty();
  }

  private static Optional<GuildMessageChannel> byName(Guild guild, String name) {
    return first(
        Stream.concat(
            guild.getTextChannelsByName(name, false).stream(),
            guild.getNewsChannelsByName(name, false).stream()),
        Stream.concat(
            guild.getTextChannelsByName(name, true).stream(),
            guild.getNewsChannelsByName(name, true).stream()));
  }

  @SafeVarargs
  private static <T> Optional<T> first(Stream<? extends T>... candidates) {
    for (Stream<? extends T> s : candidates) {
      Optional<? extends T> found = s.findFirst();
      if (found.isPresent()) {
        return Optional.of(found.get());
      }
    }
    return Optional.empty();
  }

  /** {@code <#123>} → {@code 123}; {@code #mentoring} → {@code mentoring}. */
  static String normalise(String reference) {
    String ref = reference.strip();
    if (ref.startsWith("<#") && ref.endsWith(">")) {
      ref = ref.substring(2, ref.length() - 1);
    }
    if (ref.startsWith("#")) {
      ref = ref.substring(1);
    }
    return ref;
  }
}
