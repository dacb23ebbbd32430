package org.mentorbot.core.matching.engine;

import java.util.List;

/** One mentor–mentee pair of a result with its score and the reasons that make it up. */
public record MatchedPair(String mentorId, String menteeId, int score, List<PairReason> reasons) {
  public MatchedPair {
    reasons = List.copyOf(reasons);
  }

  /** The reasons as sentences, in a stable order: topics, timezone, experience, waitlist. */
  public List<String> reasonTexts() {
    return reasons.stream().map(PairReason::text).toList();
  }
}
