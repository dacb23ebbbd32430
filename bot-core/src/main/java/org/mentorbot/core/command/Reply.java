package org.mentorbot.core.command;

import java.util.Objects;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.text.SafeText;

/** The answer to a command or button press, rendered by the front end that received it. */
public sealed interface Reply {

  /** A normal answer. */
  record Shown(Message message, Visibility visibility) implements Reply {
    public Shown {
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(visibility, "visibility");
    }
  }

  /**
   * The command could not be done and nothing changed: {@code problem} says what was wrong, {@code
   * fix} how to do it right. Always private.
   */
  record Problem(String problem, String fix) implements Reply {
    public Problem {
      // Refusals often quote what the member typed: they must never ping anyone either.
      problem = SafeText.defuseMassMentions(Objects.requireNonNull(problem, "problem"));
      fix = SafeText.defuseMassMentions(Objects.requireNonNull(fix, "fix"));
    }

    /** One line for platforms that show plain text. */
    public String text() {
      return fix.isBlank() ? problem : problem + " " + fix;
    }
  }

  static Reply privately(String text) {
    return new Shown(Message.of(text), Visibility.PRIVATE);
  }

  static Reply privately(Message message) {
    return new Shown(message, Visibility.PRIVATE);
  }

  static Reply publicly(Message message) {
    return new Shown(message, Visibility.PUBLIC);
  }

  static Reply problem(String problem, String fix) {
    return new Problem(problem, fix);
  }
}
