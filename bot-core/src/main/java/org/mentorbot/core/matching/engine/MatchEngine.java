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

  public MatchResult match(MatchInput input) {
    PairRules rules = new PairRules(input);
    EligibleEdges edges = new EligibleEdges(rules);
    int[] cost = new int[edges.size()];
    for (int i = 0; i < cost.length; i++) {
      cost[i] = edges.maxScore - edges.score[i];
    }
    int[] capacity = new int[rules.mentors.length];
    for (int m = 0; m < capacity.length; m++) {
      capacity[m] = rules.mentors[m].capacity();
    }
    int[] assigned = new FlowSolver(edges.start, edges.mentor, cost, capacity).solve();

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
