package org.mentorbot.config;

import java.util.List;

/**
 * The settings are not usable; {@link #problems()} lists every problem found, not just the first.
 */
public final class ConfigException extends RuntimeException {
  private final List<ConfigProblem> problems;

  public ConfigException(List<ConfigProblem> problems) {
    this(null, problems);
  }

  /**
   * @param source what was read, e.g. {@code config/mentorbot.yml}, for the message's first line
   */
  public ConfigException(String source, List<ConfigProblem> problems) {
    super(describe(source, problems));
    this.problems = List.copyOf(problems);
  }

  public List<ConfigProblem> problems() {
    return problems;
  }

  private static String describe(String source, List<ConfigProblem> problems) {
    StringBuilder text = new StringBuilder("Invalid settings");
    if (source != null) {
      text.append(" (").append(source).append(" and the environment)");
    }
    text.append(", ")
        .append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    for (ConfigProblem problem : problems) {
      text.append("\n  - ").append(problem);
    }
    return text.toString();
  }
}
