package org.mentorbot.slack.input;

import java.util.Objects;
import org.mentorbot.core.command.RawCommand;
import org.mentorbot.core.command.Reply;

/** A slash command read from Slack: text for the core, a command already split, or a refusal. */
public sealed interface CommandInput {

  /** Nothing needed resolving: the core parses the (decoded) text itself. */
  record Text(String text) implements CommandInput {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /** Member names were resolved to ids: the core runs this command. */
  record Resolved(RawCommand command) implements CommandInput {
    public Resolved {
      Objects.requireNonNull(command, "command");
    }
  }

  /** A member or channel option could not be resolved; nothing runs. */
  record Refused(Reply.Problem problem) implements CommandInput {
    public Refused {
      Objects.requireNonNull(problem, "problem");
    }
  }
}
