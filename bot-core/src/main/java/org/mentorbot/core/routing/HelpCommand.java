package org.mentorbot.core.routing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.mentorbot.core.command.Access;
import org.mentorbot.core.command.Authorizer;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.OptionSpec;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.text.SafeText;

/** {@code /mentor help [command]}: the commands the caller may run, or one command's usage. */
final class HelpCommand implements CommandHandler {

  private final Function<Invocation, CommunitySettings> settings;

  HelpCommand(Function<Invocation, CommunitySettings> settings) {
    this.settings = settings;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("mentor", "help");
  }

  @Override
  public Reply handle(CommandRequest request) {
    boolean moderator =
        Authorizer.isModerator(request.actor(), settings.apply(request.invocation()));
    Optional<String> asked = request.options().text("command");
    if (asked.isEmpty()) {
      return Reply.privately(overview(Catalogue.ROOTS, moderator));
    }
    String[] words =
        asked.get().strip().toLowerCase(Locale.ROOT).replace("/", "").split("\\s+", -1);
    if (words.length == 1 && Catalogue.ROOTS.contains(words[0])) {
      return Reply.privately(overview(List.of(words[0]), moderator));
    }
    Optional<CommandSpec> spec =
        words.length >= 2 ? Catalogue.find(words[0], words[1]) : findSub(words[0]);
    if (spec.isEmpty()) {
      throw new ProblemException(
          "There is no command `" + SafeText.clip(SafeText.of(asked.get()), 40) + "`.",
          "Run `/mentor help` to see them all.");
    }
    if (spec.get().access() == Access.MODERATOR && !moderator) {
      // Members learn only that the command exists and is not theirs, not its options.
      return Reply.privately(
          Message.builder(
                  "`"
                      + spec.get().path()
                      + "` is for moderators. Run `/mentor help` for the commands you can use.")
              .title(spec.get().path())
              .build());
    }
    return Reply.privately(usage(spec.get()));
  }

  private static Optional<CommandSpec> findSub(String sub) {
    Optional<CommandSpec> mentor = Catalogue.find("mentor", sub);
    if (mentor.isPresent()) {
      return mentor;
    }
    return Catalogue.all().stream().filter(c -> c.sub().equals(sub)).findFirst();
  }

  private static Message overview(List<String> roots, boolean moderator) {
    StringBuilder text = new StringBuilder();
    for (String root : roots) {
      List<CommandSpec> visible =
          Catalogue.ofRoot(root).stream()
              .filter(c -> moderator || c.access() == Access.MEMBER)
              .toList();
      if (visible.isEmpty()) {
        continue;
      }
      text.append("/").append(root).append('\n');
      for (CommandSpec c : visible) {
        text.append("  ").append(c.path()).append(" — ").append(c.summary()).append('\n');
      }
    }
    text.append("More on one command: /mentor help <command>, e.g. /mentor help signup");
    return Message.builder(text.toString()).title("mentorbot commands").build();
  }

  private static Message usage(CommandSpec spec) {
    StringBuilder text = new StringBuilder(spec.summary()).append('\n');
    text.append("Usage: ").append(spec.usage()).append('\n');
    for (OptionSpec option : spec.options()) {
      text.append("  ")
          .append(option.name())
          .append(option.required() ? " (required)" : "")
          .append(": ")
          .append(option.description())
          .append('\n');
    }
    if (spec.access() == Access.MODERATOR) {
      text.append("Moderators only.\n");
    }
    return Message.builder(text.toString().stripTrailing()).title(spec.path()).build();
  }
}
