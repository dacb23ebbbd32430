package org.mentorbot.core.command;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One command of the catalogue: {@code /root sub}, its options, who may run it and its help.
 * Adapters register these as slash commands; the text grammar binds against them.
 */
public record CommandSpec(
    String root, String sub, String summary, Access access, List<OptionSpec> options) {

  public CommandSpec {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(sub, "sub");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(access, "access");
    options = List.copyOf(options);
    if (!root.matches("[a-z]{1,32}") || !sub.matches("[a-z][a-z-]{0,31}")) {
      throw new IllegalArgumentException("bad command name: " + root + " " + sub);
    }
    long distinct = options.stream().map(OptionSpec::name).distinct().count();
    if (distinct != options.size()) {
      throw new IllegalArgumentException("duplicate option in " + root + " " + sub);
    }
  }

  public String path() {
    return "/" + root + " " + sub;
  }

  public String usage() {
    StringBuilder usage = new StringBuilder(path());
    options.stream()
        .filter(OptionSpec::positional)
        .forEach(o -> usage.append(' ').append(o.usage()));
    options.stream().filter(o -> !o.positional()).forEach(o -> usage.append(' ').append(o.usage()));
    return usage.toString();
  }

  public Optional<OptionSpec> option(String name) {
    return options.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  public List<OptionSpec> positionals() {
    return options.stream().filter(OptionSpec::positional).toList();
  }
}
