package org.mentorbot.core.matching.engine;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one matching run needs. The engine reads no clock: {@code matchDate} fixes the UTC
 * offsets of IANA zones, and {@code seed} only breaks ties between equally good results. Mentor and
 * mentee ids must be unique within their list; a member may appear in both lists (never matched
 * with themselves). {@code paused} holds member ids that must not be matched this round.
 */
public record MatchInput(
    List<MentorCandidate> mentors,
    List<MenteeCandidate> mentees,
    List<PastPairing> history,
    Set<BlockedPair> blocked,
    Set<String> paused,
    RoundKind kind,
    Instant matchDate,
    long seed,
    MatchSettings settings) {

  public MatchInput {
    mentors = List.copyOf(mentors);
    mentees = List.copyOf(mentees);
    history = List.copyOf(history);
    blocked = Set.copyOf(blocked);
    paused = Set.copyOf(paused);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(matchDate, "matchDate");
    Objects.requireNonNull(settings, "settings");
    unique("mentor", mentors.stream().map(MentorCandidate::id).toList());
    unique("mentee", mentees.stream().map(MenteeCandidate::id).toList());
  }

  /** A round with no history, blocks or pauses; handy for tests and the offline command. */
  public static MatchInput of(
      List<MentorCandidate> mentors,
      List<MenteeCandidate> mentees,
      RoundKind kind,
      Instant matchDate,
      long seed,
      MatchSettings settings) {
    return new MatchInput(
        mentors, mentees, List.of(), Set.of(), Set.of(), kind, matchDate, seed, settings);
  }

  public MatchInput withHistory(List<PastPairing> value) {
    return new MatchInput(
        mentors, mentees, value, blocked, paused, kind, matchDate, seed, settings);
  }

  public MatchInput withBlocked(Set<BlockedPair> value) {
    return new MatchInput(
        mentors, mentees, history, value, paused, kind, matchDate, seed, settings);
  }

  public MatchInput withPaused(Set<String> value) {
    return new MatchInput(
        mentors, mentees, history, blocked, value, kind, matchDate, seed, settings);
  }

  public MatchInput withSeed(long value) {
    return new MatchInput(
        mentors, mentees, history, blocked, paused, kind, matchDate, value, settings);
  }

  private static void unique(String kind, List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        throw new IllegalArgumentException("duplicate " + kind + " id: " + id);
      }
    }
  }
}
