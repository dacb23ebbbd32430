package org.mentorbot.core.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Matches mentees with mentors (DESIGN §4): the most mentees matched, then the highest total score,
 * proven optimal by a min-cost flow ({@link FlowSolver}). Pure and deterministic: the same input
 * (including its seed) always gives the same result, whatever the order of the input lists. The
 * seed only decides between equally good results. Every eligible pair counts: the solver works on a
 * subgraph but proves its answer optimal over all of them ({@link OptimalAssignment}).
 */
public final class MatchEngine {
  private final OptimalAssignment.Tuning tuning;

  public MatchEngine() {
    this(OptimalAssignment.Tuning.DEFAULT);
  }

  /** Tests shrink the first cut of {@link OptimalAssignment} to exercise its certificates. */
  MatchEngine(OptimalAssignment.Tuning tuning) {
    this.tuning = tuning;
  }

  public MatchResult match(MatchInput input) {
    return match(input, MatchProgress.NONE);
  }

  /** As {@link #match(MatchInput)}, telling {@code progress} what it is doing on big rounds. */
  public MatchResult match(MatchInput input, MatchProgress progress) {
    PairRules rules = new PairRules(input);
    OptimalAssignment.Solution solution =
        OptimalAssignment.solve(new PairScan(rules), tuning, progress);
    int[] assigned = solution.assigned();

    List<MatchedPair> pairs = new ArrayList<>();
    List<UnmatchedMentee> unmatched = new ArrayList<>();
    Diagnosis diagnosis = new Diagnosis(rules, solution.eligibleCount());
    long total = 0;
    for (int e = 0; e < assigned.length; e++) {
      int m = assigned[e];
      if (m < 0) {
        unmatched.add(diagnosis.explain(e));
      } else {
        int score = rules.score(m, e);
        total += score;
        pairs.add(
            new MatchedPair(
                rules.mentors[m].id(), rules.mentees[e].id(), score, rules.reasons(m, e)));
      }
    }
    pairs.sort(Comparator.comparing(MatchedPair::mentorId).thenComparing(MatchedPair::menteeId));
    unmatched.sort(Comparator.comparing(UnmatchedMentee::menteeId));
    return new MatchResult(pairs, unmatched, pairs.size(), total, solution.flowPairs());
  }
}
