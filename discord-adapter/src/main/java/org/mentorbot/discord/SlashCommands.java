package org.mentorbot.discord;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.OptionSpec;
import org.mentorbot.discord.render.DiscordText;

/**
 * The core's catalogue as Discord slash commands: one command per root, one subcommand per entry,
 * typed options. Pure translation; the same catalogue always gives the same commands.
 */
final class SlashCommands {

  /** Discord's limits on descriptions and string option lengths. */
  private static final int MAX_DESCRIPTION = 100;

  private static final int MAX_STRING = 6000;

  private static final Map<String, String> ROOT_DESCRIPTIONS =
      Map.of(
          "mentor", "Mentorship: your profile, finding mentors, matches and check-ins",
          "round", "Match rounds: sign-up, preview, publish",
          "officehours", "Office hours: open, schedule and serve a queue",
          "queue", "Office-hours queues: join, leave, see your place");

  private SlashCommands() {}

  static List<SlashCommandData> fromCatalogue() {
    return Catalogue.ROOTS.stream().map(SlashCommands::root).toList();
  }

  /**
   * {@code /mentor signup} registers its topics as optional on Discord: leaving them out opens the
   * sign-up form (see {@link SignupForm}), which asks for them.
   */
  static boolean isRequiredOnDiscord(CommandSpec spec, OptionSpec option) {
    if (SignupForm.isSignup(spec.root(), spec.sub()) && option.name().equals("topics")) {
      return false;
    }
    return option.required();
  }

  private static SlashCommandData root(String root) {
    SlashCommandData command =
        Commands.slash(root, ROOT_DESCRIPTIONS.getOrDefault(root, "mentorbot " + root))
            .setContexts(InteractionContextType.GUILD);
    for (CommandSpec spec : Catalogue.ofRoot(root)) {
      command.addSubcommands(subcommand(spec));
    }
    return command;
  }

  private static SubcommandData subcommand(CommandSpec spec) {
    SubcommandData sub = new SubcommandData(spec.sub(), describe(spec.summary()));
    // Discord wants required options before optional ones; the order is otherwise kept.
    spec.options().stream()
        .sorted(Comparator.comparing(o -> !isRequiredOnDiscord(spec, o)))
        .map(o -> option(spec, o))
        .forEach(sub::addOptions);
    return sub;
  }

  private static OptionData option(CommandSpec spec, OptionSpec o) {
    OptionType type =
        switch (o.type()) {
          case INTEGER -> OptionType.INTEGER;
          case USER -> OptionType.USER;
          case CHANNEL -> OptionType.CHANNEL;
          case ROLE -> OptionType.ROLE;
          case TEXT, LIST, ZONE, DATE, TIME, CHOICE -> OptionType.STRING;
        };
    // Discord offers autocomplete on strings and numbers only, and never next to fixed choices;
    // user options get Discord's own member picker instead.
    boolean autocomplete =
        o.autocomplete()
            && (type == OptionType.STRING || type == OptionType.INTEGER)
            && o.choices().isEmpty();
    OptionData data =
        new OptionData(
            type, o.name(), describe(o.description()), isRequiredOnDiscord(spec, o), autocomplete);
    switch (o.type()) {
      case INTEGER -> data.setRequiredRange(o.min(), o.max());
      case CHOICE -> o.choices().forEach(c -> data.addChoice(c, c));
      case TEXT -> data.setMaxLength(Math.min(Math.max(o.max(), 1), MAX_STRING));
      case CHANNEL ->
          data.setChannelTypes(ChannelType.TEXT, ChannelType.NEWS, ChannelType.GUILD_PUBLIC_THREAD);
      default -> {
        // Other types carry no extra constraint on Discord; the core validates their values.
      }
    }
    return data;
  }

  private static String describe(String text) {
    String oneLine = text.isBlank() ? "-" : text.strip();
    return DiscordText.clip(oneLine, MAX_DESCRIPTION);
  }
}
