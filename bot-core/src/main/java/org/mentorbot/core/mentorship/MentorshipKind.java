package org.mentorbot.core.mentorship;

import java.util.Locale;

/** A mentor and a mentee, or a circle of peers. */
public enum MentorshipKind {
  PAIR,
  CIRCLE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static MentorshipKind of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
