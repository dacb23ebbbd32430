package org.mentorbot.slack.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.OptionSpec;
import org.mentorbot.core.command.OptionType;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.RawCommand;
import org.mentorbot.core.command.TextGrammar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a slash command's text as Slack sent it. Entities become ids ({@link SlackEntities}). A
 * member option that still holds a plain {@code @name} (Slack sends those when the app's manifest
 * has {@code should_escape: false}, or when nobody by that name was picked) is looked up in the
 * workspace: one match becomes that member's id, none or several are refused with a clear message.
 * A channel option holding a plain {@code #name} is refused: Slack names it but does not say which
 * channel it is. Anything the grammar or catalogue rejects goes to the core as text, so the core
 * gives its usual message.
 */
public final class SlashText {

  private static final Logger log = LoggerFactory.getLogger(SlashText.class);
  private static final Pattern PLAIN_MEMBER = Pattern.compile("@([A-Za-z0-9._-]{1,64})");
  private static final Pattern PLAIN_CHANNEL = Pattern.compile("#([A-Za-z0-9._-]{1,80})");

  private final MemberDirectory members;

  public SlashText(MemberDirectory members) {
    this.members = members;
  }

  /** The command behind {@code /root slackText}, ready for the core. */
  public CommandInput read(String root, String slackText) {
    String text = SlackEntities.toCore(slackText).strip();
    RawCommand raw;
    try {
      raw = TextGrammar.parse(root, text);
    } catch (ProblemException notGrammar) {
      return new CommandInput.Text(text);
    }
    Optional<CommandSpec> spec =
        Catalogue.find(root.toLowerCase(Locale.ROOT), raw.sub().toLowerCase(Locale.ROOT));
    if (spec.isEmpty()) {
      return new CommandInput.Text(text);
    }
    try {
      Optional<RawCommand> resolved = resolve(spec.get(), raw);
      return resolved
          .<CommandInput>map(CommandInput.Resolved::new)
          .orElse(new CommandInput.Text(text));
    } catch (ProblemException refused) {
      return new CommandInput.Refused(refused.toReply());
    }
  }

  /** The command with plain member names replaced by ids; empty when nothing needed replacing. */
  private Optional<RawCommand> resolve(CommandSpec spec, RawCommand raw) {
    boolean changed = false;
    Map<String, String> named = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : raw.named().entrySet()) {
      Optional<OptionSpec> option = spec.option(e.getKey().toLowerCase(Locale.ROOT));
      String value = option.map(o -> resolveValue(o, e.getValue())).orElse(e.getValue());
      changed |= !value.equals(e.getValue());
      named.put(e.getKey(), value);
    }
    List<OptionSpec> open = new ArrayList<>();
    for (OptionSpec option : spec.positionals()) {
      if (!raw.named().containsKey(option.name())) {
        open.add(option);
      }
    }
    List<String> positionals = new ArrayList<>();
    for (int i = 0; i < raw.positionals().size(); i++) {
      String given = raw.positionals().get(i);
      String value = i < open.size() ? resolveValue(open.get(i), given) : given;
      changed |= !value.equals(given);
      positionals.add(value);
    }
    return changed
        ? Optional.of(new RawCommand(raw.root(), raw.sub(), positionals, named))
        : Optional.empty();
  }

  private String resolveValue(OptionSpec option, String value) {
    String v = value.strip();
    if (option.type() == OptionType.USER) {
      Matcher plain = PLAIN_MEMBER.matcher(v);
      return plain.matches() ? member(option, plain.group(1)) : value;
    }
    if (option.type() == OptionType.CHANNEL) {
      Matcher plain = PLAIN_CHANNEL.matcher(v);
      if (plain.matches()) {
        throw new ProblemException(
            "`"
                + option.name()
                + ":` #"
                + plain.group(1)
                + " reached me as a plain name, so I"
                + " cannot tell which channel it is.",
            "Pick the channel from Slack's # suggestions. If it still arrives as text, the app"
                + " needs `should_escape: true` in its manifest (see docs/slack.md).");
      }
    }
    return value;
  }

  private String member(OptionSpec option, String name) {
    if (name.equalsIgnoreCase("everyone")
        || name.equalsIgnoreCase("here")
        || name.equalsIgnoreCase("channel")) {
      return "@" + name; // the core refuses these with its own message
    }
    List<String> ids;
    try {
      ids = members.idsNamed(name);
    } catch (RuntimeException e) {
      log.warn("Could not look members up by name: {}", e.getMessage());
      throw new ProblemException(
          "I could not look up @" + name + " in this workspace right now; nothing was changed.",
          "Pick them from Slack's @ suggestions, or try again in a minute.");
    }
    if (ids.size() == 1) {
      return "<@" + ids.get(0) + ">";
    }
    if (ids.isEmpty()) {
      throw new ProblemException(
          "There is no member called @" + name + " in this workspace; nothing was changed.",
          "Pick them from Slack's @ suggestions so Slack tells me who they are.");
    }
    throw new ProblemException(
        "`" + option.name() + ":` " + ids.size() + " members are called @" + name + ".",
        "Pick the one you mean from Slack's @ suggestions.");
  }
}
