package org.mentorbot.app.scenario;

import java.time.Duration;
import java.util.Objects;

/** One thing that happens in a scripted community, written once for every platform. */
sealed interface Step {

  /**
   * {@code member} runs {@code /root text}; other members are named in the text as {@code @name}.
   */
  record Command(String member, String root, String text) implements Step {
    public Command {
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(root, "root");
      Objects.requireNonNull(text, "text");
    }

    /** The line the console reads for this step. */
    String consoleLine() {
      return "@" + member + " /" + root + (text.isEmpty() ? "" : " " + text);
    }
  }

  /** {@code member} presses the button carrying the core's {@code actionId}. */
  record Press(String member, String actionId) implements Step {
    public Press {
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(actionId, "actionId");
    }
  }

  /** Time passes. */
  record Advance(Duration by) implements Step {
    public Advance {
      if (by.isNegative() || by.isZero() || by.toSeconds() % 60 != 0) {
        throw new IllegalArgumentException("advance by whole minutes: " + by);
      }
    }
  }
}
