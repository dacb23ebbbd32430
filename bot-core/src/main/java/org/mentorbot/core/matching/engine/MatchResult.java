package org.mentorbot.core.matching.engine;

import java.util.List;

/**
 * An optimal matching: the most mentees matched, then the highest total score. Pairs are sorted by
 * mentor id then mentee id, unmatched mentees by id. {@code edgesKept} is the number of eligible
 * pairs the optimiser worked on (a size figure for benchmarks).
 */
public record MatchResult(
    List<MatchedPair> pairs,
    List<UnmatchedMentee> unmatched,
    int matched,
    long totalScore,
    long edgesKept) {
  public MatchResult {
    pairs = List.copyOf(pairs);
    unmatched = List.copyOf(unmatched);
    if (matched != pairs.size()) {
      throw new IllegalArgumentException("matched must equal the number of pairs");
    }
  }
}
