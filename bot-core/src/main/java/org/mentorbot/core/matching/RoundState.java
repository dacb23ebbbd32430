package org.mentorbot.core.matching;

import java.util.Locale;

/** Where a round is in its life; stored as the lower-case name. */
public enum RoundState {
  /** Taking sign-ups; at most one per community. */
  OPEN,
  /** Pairs committed and intros sent; the pairs are active. */
  PUBLISHED,
  /** Called off before publishing; nothing was matched. */
  CANCELLED,
  /** A published round whose time is over; its pairs have ended. */
  CLOSED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RoundState of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }

  /** Whether the round made pairs that count as history. */
  public boolean matched() {
    return this == PUBLISHED || this == CLOSED;
  }
}
