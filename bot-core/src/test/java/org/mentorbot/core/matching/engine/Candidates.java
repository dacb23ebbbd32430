package org.mentorbot.core.matching.engine;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Terse builders for engine tests. */
final class Candidates {
  static final Instant JULY = Instant.parse("2026-07-01T12:00:00Z");
  static final Instant JANUARY = Instant.parse("2026-01-15T12:00:00Z");

  private Candidates() {}

  static MentorCandidate mentor(String id, String topics, String zone, int years, int capacity) {
    return mentor(id, topics, zone, years, capacity, "");
  }

  static MentorCandidate mentor(
      String id, String topics, String zone, int years, int capacity, String languages) {
    return new MentorCandidate(id, set(topics), ZoneId.of(zone), years, capacity, set(languages));
  }

  static MenteeCandidate mentee(String id, String topics, String zone, int years) {
    return mentee(id, topics, zone, years, "", false);
  }

  static MenteeCandidate mentee(
      String id, String topics, String zone, int years, String languages, boolean waitlisted) {
    return new MenteeCandidate(id, set(topics), ZoneId.of(zone), years, set(languages), waitlisted);
  }

  static MatchInput input(List<MentorCandidate> mentors, List<MenteeCandidate> mentees) {
    return MatchInput.of(
        mentors, mentees, RoundKind.MENTORSHIP, JULY, 42L, MatchSettings.defaults());
  }

  static Set<String> set(String csv) {
    return csv.isEmpty() ? Set.of() : Set.of(csv.split(","));
  }
}
