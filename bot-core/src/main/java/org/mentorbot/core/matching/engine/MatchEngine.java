package org.mentorbot.core.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Matches mentees with mentors (DESIGN §4): the most mentees matched, then the highest total score,
 * proven optimal by a min-cost flow ({@link FlowSolver}). Pure and deterministic: the same input
 * (including its seed) always gives the same result, whatever the order of the input lists. The
 * seed only decides between equally good results. No pruning: every eligible pair is an edge.
 */
public final class MatchEngine {
  private final int firstEdges;

  public MatchEngine() {
    this(OptimalAssignment.FIRST_EDGES);
  }

  /** Tests shrink the first cut of {@link OptimalAssignment} to exercise its certificate. */
  MatchEngine(int firstEdges) {
    if (firstEdges < 1) {
      throw new IllegalArgumentException("firstEdges must be at least 1");
    }
    this.firstEdges = firstEdges;
  }

  public MatchResult match(MatchInput input) {
    PairRules rules = new PairRules(input);
    EligibleEdges edges = new EligibleEdges(rules);
    int[] assigned =
        OptimalAssignment.solve(edges, OptimalAssignment.capacities(rules), firstEdges);

    List<MatchedPair> pairs = new ArrayList<>();
    List<UnmatchedMentee> unmatched = new ArrayList<>();
    Diagnosis diagnosis = new Diagnosis(rules, edges);
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
    return new MatchResult(pairs, unmatched, pairs.size(), total, edges.size());
  }
}
