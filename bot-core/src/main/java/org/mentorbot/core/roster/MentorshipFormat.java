package org.mentorbot.core.roster;

import java.util.Locale;

/**
 * A mentorship's format, chosen by the mentee: short (until the goals are reached, at most {@code
 * short-weeks}) or long ({@code long-months} per term).
 */
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
