package org.mentorbot.core.meeting;

import java.util.Locale;

/**
 * {@code proposed} waits for the others; {@code scheduled} was accepted (it may carry a proposed
 * move); {@code declined} and {@code cancelled} are final.
 */
public enum MeetingState {
  PROPOSED,
  SCHEDULED,
  DECLINED,
  CANCELLED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static MeetingState of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
