package org.mentorbot.discord;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the registered slash commands equal to the catalogue, globally and in each dev guild. It
 * reads what Discord has first and overwrites only when that differs, so restarts do not hit
 * Discord's daily command-creation limit or reset the commands users see.
 */
final class CommandRegistrar {
  private static final Logger log = LoggerFactory.getLogger(CommandRegistrar.class);

  private final List<SlashCommandData> desired;

  CommandRegistrar(List<SlashCommandData> desired) {
    this.desired = List.copyOf(desired);
  }

  /** Registers global commands; answers whether an update was sent. */
  boolean syncGlobal(JDA jda) {
    // complete() here: registration runs once at start, before any interaction is served.
    List<Command> existing = jda.retrieveCommands().complete();
    if (sameAs(existing)) {
      log.info("Global slash commands are up to date ({} commands)", existing.size());
      return false;
    }
    jda.updateCommands().addCommands(desired).complete();
    log.info("Registered {} global slash commands", desired.size());
    return true;
  }

  /** Registers the commands in one guild, where they show up at once. */
  boolean syncGuild(Guild guild) {
    List<Command> existing = guild.retrieveCommands().complete();
    if (sameAs(existing)) {
      log.info("Slash commands in guild {} are up to date", guild.getId());
      return false;
    }
    guild.updateCommands().addCommands(desired).complete();
    log.info("Registered {} slash commands in guild {}", desired.size(), guild.getId());
    return true;
  }

  private boolean sameAs(Collection<Command> existing) {
    List<String> theirs =
        existing.stream()
            .map(c -> canonical(SlashCommandData.fromCommand(c).toData()))
            .sorted()
            .toList();
    List<String> ours = desired.stream().map(d -> canonical(d.toData())).sorted().toList();
    return theirs.equals(ours);
  }

  /** JSON-like text with keys sorted, so equal commands compare equal whatever the key order. */
  static String canonical(DataObject data) {
    return canonicalValue(data.toMap());
  }

  private static String canonicalValue(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, String> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), canonicalValue(v)));
      return sorted.entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining(",", "{", "}"));
    }
    if (value instanceof Collection<?> list) {
      List<String> items = new ArrayList<>();
      list.forEach(v -> items.add(canonicalValue(v)));
      return items.toString();
    }
    return String.valueOf(value);
  }
}
