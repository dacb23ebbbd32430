package org.mentorbot.core.mentorship;

import java.util.Locale;

/** A member's seat in a mentorship. */
public enum SeatRole {
  MENTOR,
  MENTEE,
  PEER;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static SeatRole of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
