package org.mentorbot.core.roster;

import java.util.Locale;

/** What a mentee is after: one session, or a mentorship over months. */
public enum MentorshipFormat {
  SHORT,
  LONG;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static MentorshipFormat of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
