package org.mentorbot.core.matching.engine;

/**
 * The hard rules a mentor–mentee pair can fail, in the order used to explain an unmatched mentee:
 * topic first (the most basic mismatch), paused last. Capacity is not here: it is not a property of
 * a pair but of the whole result.
 */
enum Rule {
  TOPIC(UnmatchedCause.NO_SHARED_TOPIC),
  TIMEZONE(UnmatchedCause.TIMEZONE_TOO_FAR),
  LANGUAGE(UnmatchedCause.NO_SHARED_LANGUAGE),
  FORMAT(UnmatchedCause.FORMAT_NOT_OFFERED),
  EXPERIENCE(UnmatchedCause.NOT_ENOUGH_EXPERIENCE),
  RECENT(UnmatchedCause.RECENTLY_MATCHED),
  BLOCKED(UnmatchedCause.BLOCKED),
  PAUSED(UnmatchedCause.MENTORS_PAUSED);

  final UnmatchedCause cause;

  Rule(UnmatchedCause cause) {
    this.cause = cause;
  }
}
