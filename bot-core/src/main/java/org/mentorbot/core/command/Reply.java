package org.mentorbot.core.command;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

  /**
   * The member fills in a form before a command runs. Front ends with forms (Discord and Slack
   * modals) show {@code intro} and {@code fields}; submitting runs {@code /root sub} with {@code
   * fixed} plus the entered values as an ordinary command, so that command's checks decide and its
   * answer is the reply. A front end without forms (the console), or one that cannot open the form
   * in time, shows {@code instead}, which says how to run the command by hand.
   */
  record Form(
      String title,
      String intro,
      String submit,
      String root,
      String sub,
      Map<String, String> fixed,
      List<FormField> fields,
      Message instead)
      implements Reply {
    public Form {
      Objects.requireNonNull(title, "title");
      intro = SafeText.defuseMassMentions(Objects.requireNonNull(intro, "intro"));
      Objects.requireNonNull(submit, "submit");
      fixed = Map.copyOf(fixed);
      fields = List.copyOf(fields);
      Objects.requireNonNull(instead, "instead");
      CommandSpec spec =
          Catalogue.find(root, sub)
              .orElseThrow(() -> new IllegalArgumentException("no command " + root + " " + sub));
      Set<String> options = new HashSet<>();
      spec.options().forEach(o -> options.add(o.name()));
      Set<String> used = new HashSet<>(fixed.keySet());
      if (fields.isEmpty()) {
        throw new IllegalArgumentException("a form needs a field");
      }
      for (FormField field : fields) {
        if (!used.add(field.option())) {
          throw new IllegalArgumentException("option given twice: " + field.option());
        }
      }
      if (!options.containsAll(used)) {
        throw new IllegalArgumentException("not an option of /" + root + " " + sub + ": " + used);
      }
    }

    /**
     * The command a submitted form runs: its fixed options, then the non-blank entered values of
     * the command's other options (a value for a fixed option cannot replace it).
     */
    public static RawCommand submission(
        String root, String sub, Map<String, String> fixed, Map<String, String> entered) {
      Map<String, String> named = new java.util.LinkedHashMap<>(fixed);
      CommandSpec spec =
          Catalogue.find(root, sub)
              .orElseThrow(() -> new IllegalArgumentException("no command " + root + " " + sub));
      for (OptionSpec option : spec.options()) {
        String value = entered.get(option.name());
        if (value != null && !value.isBlank() && !fixed.containsKey(option.name())) {
          named.put(option.name(), value.strip());
        }
      }
      return new RawCommand(root, sub, List.of(), named);
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
