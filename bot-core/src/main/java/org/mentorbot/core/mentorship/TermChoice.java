package org.mentorbot.core.mentorship;

import java.util.Optional;

/** A member's answer to "continue for another term?". */
public enum TermChoice {
  CONTINUE("continue"),
  WRAP_UP("wrap-up");

  private final String id;

  TermChoice(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<TermChoice> parse(String id) {
    for (TermChoice c : values()) {
      if (c.id.equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
