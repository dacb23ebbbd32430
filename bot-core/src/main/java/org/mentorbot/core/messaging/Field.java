package org.mentorbot.core.messaging;

import java.util.Objects;
import org.mentorbot.core.text.SafeText;

/** A labelled value shown with a message (an embed field on Discord, a section on Slack). */
public record Field(String name, String value) {
  public Field {
    name = SafeText.defuseMassMentions(Objects.requireNonNull(name, "name"));
    value = SafeText.defuseMassMentions(Objects.requireNonNull(value, "value"));
  }
}
