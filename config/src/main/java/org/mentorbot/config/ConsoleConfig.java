package org.mentorbot.config;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The local console.
 *
 * @param moderators console user names (as typed after {@code @}) who may run moderator commands
 */
public record ConsoleConfig(List<String> moderators) {
  public static final List<String> DEFAULT_MODERATORS = List.of("mod");
  private static final Pattern USER = Pattern.compile("[A-Za-z0-9._-]{1,32}");

  public ConsoleConfig {
    moderators = List.copyOf(Objects.requireNonNull(moderators, "moderators"));
    Problems problems = new Problems();
    if (moderators.isEmpty()) {
      problems.add("console.moderators", "must name at least one user, or nobody can open rounds");
    }
    for (int i = 0; i < moderators.size(); i++) {
      String name = moderators.get(i);
      if (!USER.matcher(name).matches()) {
        problems.add(
            "console.moderators[" + i + "]",
            "must be a user name without @ (letters, digits, . _ -; at most 32), was "
                + Problems.show(name));
      }
    }
    problems.noDuplicates("console.moderators", moderators);
    problems.throwIfAny();
  }

  public static ConsoleConfig defaults() {
    return new ConsoleConfig(DEFAULT_MODERATORS);
  }
}
