package org.mentorbot.core.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorbot.core.text.SafeText;
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
      String stray = positionals.get(i);
      throw unquoted(spec, positionals.subList(i, positionals.size()), given)
          .orElseGet(
              () ->
                  new ProblemException(
                      "`" + spec.path() + "` does not take `" + stray + "` there.",
                      "Options are written name:value. Usage: " + spec.usage()));
    }
  }

  /**
   * Stray words after a text or list option given in one word, as in {@code goals:Get a frontend
   * internship}: the value had spaces and no quotes. Says so, with the quoted value to copy. The
   * owner is a list cut at a comma, else the one text option given; with several it cannot tell, so
   * none is named.
   */
  private static Optional<ProblemException> unquoted(
      CommandSpec spec, List<String> stray, Map<String, String> given) {
    List<OptionSpec> namedHere =
        spec.options().stream()
            .filter(o -> !o.positional() && given.containsKey(o.name()))
            .toList();
    // A list cut at its comma ("topics:java, go") is the likely owner; else a text option.
    List<OptionSpec> words =
        namedHere.stream()
            .filter(o -> o.type() == OptionType.LIST && given.get(o.name()).endsWith(","))
            .toList();
    if (words.isEmpty()) {
      words = namedHere.stream().filter(o -> o.type() == OptionType.TEXT).toList();
    }
    if (words.isEmpty()) {
      return Optional.empty();
    }
    String example =
        words.size() == 1
            ? words.get(0).name()
                + ":\""
                + SafeText.clip(
                    SafeText.of(given.get(words.get(0).name()) + " " + String.join(" ", stray)), 60)
                + "\""
            : "goals:\"Get a frontend internship\"";
    return Optional.of(
        new ProblemException(
            "A value with spaces needs double quotes"
                + (words.size() == 1 ? " (`" + words.get(0).name() + ":`)" : "")
                + ": `"
                + SafeText.clip(SafeText.of(stray.get(0)), 30)
                + "` is not an option of `"
                + spec.path()
                + "`.",
            "Write it as " + example + "."));
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
