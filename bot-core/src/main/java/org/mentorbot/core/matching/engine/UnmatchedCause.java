package org.mentorbot.core.matching.engine;

/**
 * Why a mentee got no mentor. Apart from {@link #CAPACITY_EXHAUSTED}, {@link #MENTEE_PAUSED} and
 * {@link #NO_MENTORS}, each cause names the rule that removed the last candidate mentors: rules are
 * applied in the order listed, so {@link #TIMEZONE_TOO_FAR} means some mentors share a topic but
 * every one of them is too far away in timezone.
 */
public enum UnmatchedCause {
  MENTEE_PAUSED,
  NO_MENTORS,
  NO_SHARED_TOPIC,
  TIMEZONE_TOO_FAR,
  NO_SHARED_LANGUAGE,
  /** The mentors left offer only the other format (short or long) than the mentee wants. */
  FORMAT_NOT_OFFERED,
  NOT_ENOUGH_EXPERIENCE,
  RECENTLY_MATCHED,
  BLOCKED,
  MENTORS_PAUSED,
  /** Eligible mentors exist, but an optimal result needed all of their places for others. */
  CAPACITY_EXHAUSTED
}
