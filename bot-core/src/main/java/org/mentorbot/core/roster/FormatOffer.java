package org.mentorbot.core.roster;

import java.util.Locale;

/**
 * What a mentor offers: short mentorships, long ones, or both (the default). Matching never pairs a
 * mentee with a mentor who does not offer the mentee's format.
 */
public enum FormatOffer {
  SHORT,
  LONG,
  BOTH;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static FormatOffer of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }

  public boolean covers(MentorshipFormat format) {
    return this == BOTH || name().equals(format.name());
  }

  /** For members: "short and long mentorships", "long mentorships only". */
  public String describe() {
    return switch (this) {
      case BOTH -> "short and long mentorships";
      case SHORT -> "short mentorships only";
      case LONG -> "long mentorships only";
    };
  }
}
