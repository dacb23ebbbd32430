package org.mentorbot.discord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.mentorbot.core.command.RawCommand;

/**
 * Discord's typed options as the core's raw command: every value as text, members as {@code <@id>},
 * channels as {@code <#id>}, roles as {@code <@&id>}. All options are passed by name.
 */
final class SlashOptions {
  private SlashOptions() {}

  static RawCommand toRaw(String root, String sub, List<OptionMapping> options) {
    Map<String, String> named = new LinkedHashMap<>();
    for (OptionMapping option : options) {
      named.put(option.getName(), value(option));
    }
    return new RawCommand(root, sub, List.of(), named);
  }

  static String value(OptionMapping option) {
    return switch (option.getType()) {
      case USER -> "<@" + option.getAsString() + ">";
      case CHANNEL -> "<#" + option.getAsString() + ">";
      case ROLE -> "<@&" + option.getAsString() + ">";
      case MENTIONABLE ->
          option.getAsMentionable() instanceof net.dv8tion.jda.api.entities.Role
              ? "<@&" + option.getAsString() + ">"
              : "<@" + option.getAsString() + ">";
      default -> option.getAsString();
    };
  }
}
