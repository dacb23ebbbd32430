package org.mentorbot.core.mentorship;

import java.util.Locale;
import java.util.Objects;

/** One goal of a mentorship, numbered from 1 within it. */
public record Goal(int number, String text, State state) {

  /** Open until done or dropped. */
  public enum State {
    OPEN,
    DONE,
    DROPPED;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    static State of(String label) {
      return valueOf(label.toUpperCase(Locale.ROOT));
    }
  }

  public Goal {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(state, "state");
  }

  public boolean open() {
    return state == State.OPEN;
  }
}
