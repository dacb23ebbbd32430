package org.mentorbot.core.messaging;

import java.util.Objects;
import org.mentorbot.core.text.SafeText;

/**
 * A button under a message. Pressing it sends {@code actionId} back to the core, which decides what
 * it means; adapters never interpret action ids.
 */
public record Button(String label, String actionId, Style style) {
  /** Visual hint only; platforms without styles ignore it. */
  public enum Style {
    PRIMARY,
    SECONDARY,
    DANGER
  }

  public Button {
    label = SafeText.defuseMassMentions(Objects.requireNonNull(label, "label"));
    Objects.requireNonNull(actionId, "actionId");
    Objects.requireNonNull(style, "style");
    if (actionId.isBlank() || actionId.length() > 100) {
      throw new IllegalArgumentException("action id must be 1-100 characters");
    }
  }

  public static Button primary(String label, String actionId) {
    return new Button(label, actionId, Style.PRIMARY);
  }

  public static Button secondary(String label, String actionId) {
    return new Button(label, actionId, Style.SECONDARY);
  }

  public static Button danger(String label, String actionId) {
    return new Button(label, actionId, Style.DANGER);
  }
}
