package org.mentorbot.core.command;

import java.util.Objects;

/**
 * One text input of a {@link Reply.Form}: the command option it fills, what the member reads, and
 * how long the answer may be. Front ends clip {@code label} and {@code placeholder} to their own
 * limits; {@code maxLength} is the product's limit and never exceeds what an option takes.
 */
public record FormField(
    String option,
    String label,
    String placeholder,
    boolean required,
    int maxLength,
    boolean multiline) {

  public FormField {
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(placeholder, "placeholder");
    if (label.isBlank()) {
      throw new IllegalArgumentException("a form field needs a label: " + option);
    }
    if (maxLength < 1 || maxLength > OptionSpec.MAX_TEXT) {
      throw new IllegalArgumentException("bad maxLength " + maxLength + " for " + option);
    }
  }
}
