package org.mentorbot.core.matching.engine;

/**
 * Thresholds and weights of the matching rules (DESIGN §4). All integers, so scores are exact and
 * reproducible. Experience points: {@code experienceBest} for a gap of 2–5 years, {@code
 * experienceGood} for 1 or 6–10 years, nothing otherwise.
 */
public record MatchSettings(
    int repeatWindow,
    int minYearsAhead,
    int maxTzHours,
    int topicWeight,
    int timezoneWeight,
    int experienceBest,
    int experienceGood,
    int waitlistBonus) {

  /** Keeps every score well inside an int and every total inside a long. */
  static final int MAX_WEIGHT = 10_000;

  public MatchSettings {
    range("repeatWindow", repeatWindow, 0, 120);
    range("minYearsAhead", minYearsAhead, 0, 60);
    range("maxTzHours", maxTzHours, 0, 12);
    range("topicWeight", topicWeight, 0, MAX_WEIGHT);
    range("timezoneWeight", timezoneWeight, 0, MAX_WEIGHT);
    range("experienceBest", experienceBest, 0, MAX_WEIGHT);
    range("experienceGood", experienceGood, 0, MAX_WEIGHT);
    range("waitlistBonus", waitlistBonus, 0, MAX_WEIGHT);
  }

  /** DESIGN's defaults: window 3, 1 year ahead, 6 hours, weights 100/30/20/10/50. */
  public static MatchSettings defaults() {
    return new MatchSettings(3, 1, 6, 100, 30, 20, 10, 50);
  }

  public int maxTzMinutes() {
    return maxTzHours * 60;
  }

  /** The highest score any pair can reach under these weights. */
  public int maxScore() {
    return topicWeight + timezoneWeight + Math.max(experienceBest, experienceGood) + waitlistBonus;
  }

  public MatchSettings withRepeatWindow(int value) {
    return new MatchSettings(
        value,
        minYearsAhead,
        maxTzHours,
        topicWeight,
        timezoneWeight,
        experienceBest,
        experienceGood,
        waitlistBonus);
  }

  public MatchSettings withMaxTzHours(int value) {
    return new MatchSettings(
        repeatWindow,
        minYearsAhead,
        value,
        topicWeight,
        timezoneWeight,
        experienceBest,
        experienceGood,
        waitlistBonus);
  }

  private static void range(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", was " + value);
    }
  }
}
