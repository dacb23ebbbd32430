package org.mentorbot.core.messaging;

import java.util.Objects;

/** A labelled value shown with a message (an embed field on Discord, a section on Slack). */
public record Field(String name, String value) {
  public Field {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
