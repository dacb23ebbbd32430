package org.mentorbot.core.mentorship;

import java.util.Locale;

/**
 * {@code active} runs; {@code ending} was asked "continue for another term?" and ends on its
 * planned end unless every member continues; {@code ended} is final.
 */
public enum MentorshipState {
  ACTIVE,
  ENDING,
  ENDED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean running() {
    return this != ENDED;
  }

  static MentorshipState of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
