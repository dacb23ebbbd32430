package org.mentorbot.core.matching.engine;

/** What a round pairs up; the kind changes which eligibility rules apply. */
public enum RoundKind {
  /** Mentors at least {@code minYearsAhead} years ahead of their mentees. */
  MENTORSHIP,
  /** Peers grouped into circles; no experience rule. */
  PEER_CIRCLES,
  /** Juniors mentor seniors (for example on new tools); no experience rule. */
  REVERSE;

  /** Whether a mentor must be ahead of the mentee in years of experience. */
  public boolean requiresExperienceAhead() {
    return this == MENTORSHIP;
  }
}
