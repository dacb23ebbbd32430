package org.mentorbot.core.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorbot.core.text.Similar;

/**
 * Checks a {@link RawCommand} against its {@link CommandSpec} and turns the strings into typed
 * {@link Options}, or throws a {@link ProblemException} naming the option and the fix.
 */
public final class OptionBinder {

  private OptionBinder() {}

  public static Options bind(CommandSpec spec, RawCommand raw) {
    Map<String, String> given = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : raw.named().entrySet()) {
      if (spec.option(entry.getKey()).isEmpty()) {
        throw unknownOption(spec, entry.getKey());
      }
      given.put(entry.getKey(), entry.getValue());
    }
    assignPositionals(spec, raw.positionals(), given);

    Map<String, Object> values = new HashMap<>();
    for (OptionSpec option : spec.options()) {
      String text = given.get(option.name());
      if (text == null) {
        if (option.required()) {
          throw new ProblemException(
              "`" + spec.path() + "` needs " + describe(option) + ".", "Usage: " + spec.usage());
        }
        continue;
      }
      values.put(option.name(), OptionParser.parse(spec, option, text));
    }
    return new Options(values);
  }

  /**
   * Positionals fill the positional options not already named, in order. Extra words join the last
   * positional text option, so {@code /mentor find machine learning} just works.
   */
  private static void assignPositionals(
      CommandSpec spec, List<String> positionals, Map<String, String> given) {
    List<OptionSpec> open = new ArrayList<>();
    for (OptionSpec option : spec.positionals()) {
      if (!given.containsKey(option.name())) {
        open.add(option);
      }
    }
    for (int i = 0; i < positionals.size(); i++) {
      if (i < open.size()) {
        given.put(open.get(i).name(), positionals.get(i));
        continue;
      }
      OptionSpec last = open.isEmpty() ? null : open.get(open.size() - 1);
      if (last != null && last.type() == OptionType.TEXT) {
        given.put(last.name(), given.get(last.name()) + " " + positionals.get(i));
        continue;
      }
      throw new ProblemException(
          "`" + spec.path() + "` does not take `" + positionals.get(i) + "` there.",
          "Options are written name:value. Usage: " + spec.usage());
    }
  }

  private static ProblemException unknownOption(CommandSpec spec, String name) {
    List<String> known = spec.options().stream().map(OptionSpec::name).toList();
    String hint =
        Similar.closest(name, known)
            .map(s -> "Did you mean `" + s + ":`? ")
            .orElse(known.isEmpty() ? "It takes no options. " : "");
    String options = known.isEmpty() ? "" : "Options: " + String.join(", ", known) + ".";
    return new ProblemException(
        "`" + spec.path() + "` has no option `" + name + ":`.", (hint + options).strip());
  }

  private static String describe(OptionSpec option) {
    return option.positional()
        ? "a " + option.name() + " (" + option.description() + ")"
        : "`" + option.name() + ":` (" + option.description() + ")";
  }
}
