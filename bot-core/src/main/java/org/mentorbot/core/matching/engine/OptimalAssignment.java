package org.mentorbot.core.matching.engine;

import java.util.Arrays;

/**
 * Solves the flow problem on every eligible edge, fast, by solving a smaller problem first.
 *
 * <p>Most mentees end with one of their few best mentors, and most mentors with a few of their best
 * mentees, so the solver first runs on a sparse subgraph: each mentee's best {@code firstEdges}
 * edges plus each mentor's best {@code MENTOR_SLACK}× capacity edges. That answer is then checked,
 * not trusted: its potentials prove it optimal for the full graph exactly when every left-out edge
 * has a non-negative reduced cost (LP duality: then no negative cycle can use it). Left-out edges
 * with a negative reduced cost (plus, to save rounds, those within {@code MARGIN} of it) are added
 * and the subgraph is solved again. Once the certificate holds, the solver continues on the full
 * graph from that flow and those potentials — valid there by the certificate — so an augmenting
 * path through a left-out edge would still be found. The result is therefore the full problem's
 * optimum; the first cut only changes how long it takes.
 */
final class OptimalAssignment {
  static final int FIRST_EDGES = 8;
  private static final int MENTOR_SLACK = 4;
  private static final int MARGIN = 10;

  private OptimalAssignment() {}

  /** For each mentee, the index of its mentor or -1. */
  static int[] solve(EligibleEdges edges, int[] capacity) {
    return solve(edges, capacity, FIRST_EDGES);
  }

  /** As {@link #solve(EligibleEdges, int[])} with another first cut (tests use 1 to stress it). */
  static int[] solve(EligibleEdges edges, int[] capacity, int firstEdges) {
    int n = edges.start.length - 1;
    int[] cost = new int[edges.size()];
    for (int i = 0; i < cost.length; i++) {
      cost[i] = edges.maxScore - edges.score[i];
    }
    boolean[] kept = firstCut(edges, capacity, firstEdges);
    int keptCount = 0;
    for (boolean k : kept) {
      keptCount += k ? 1 : 0;
    }
    if (keptCount == kept.length) {
      return new FlowSolver(edges.start, edges.mentor, cost, capacity).solve();
    }
    while (true) {
      int[] start = new int[n + 1];
      int[] mentor = new int[keptCount];
      int[] smallCost = new int[keptCount];
      for (int e = 0, k = 0; e < n; e++) {
        for (int i = edges.start[e]; i < edges.start[e + 1]; i++) {
          if (kept[i]) {
            mentor[k] = edges.mentor[i];
            smallCost[k++] = cost[i];
          }
        }
        start[e + 1] = k;
      }
      FlowSolver small = new FlowSolver(start, mentor, smallCost, capacity);
      small.solve();
      int added = addEdgesBelow(0, edges, cost, kept, small);
      if (added > 0) {
        // Potentials shift when the subgraph grows, so edges close to violating now tend to
        // violate next time: taking them now saves whole re-solves (measured: 4 rounds -> 2).
        added += addEdgesBelow(MARGIN, edges, cost, kept, small);
      }
      keptCount += added;
      if (added == 0) {
        FlowSolver full = new FlowSolver(edges.start, edges.mentor, cost, capacity);
        full.warmStart(small);
        return full.solve();
      }
    }
  }

  /** Keeps every left-out edge whose reduced cost is below the bound; returns how many. */
  private static int addEdgesBelow(
      long bound, EligibleEdges edges, int[] cost, boolean[] kept, FlowSolver small) {
    int added = 0;
    for (int e = 0; e < edges.start.length - 1; e++) {
      for (int i = edges.start[e]; i < edges.start[e + 1]; i++) {
        if (!kept[i] && small.reducedCost(e, edges.mentor[i], cost[i]) < bound) {
          kept[i] = true;
          added++;
        }
      }
    }
    return added;
  }

  /**
   * Each mentee's best {@code perMentee} edges (its list is sorted best first) and each mentor's
   * best {@code MENTOR_SLACK * capacity} edges, ties going to lower mentee indices.
   */
  private static boolean[] firstCut(EligibleEdges edges, int[] capacity, int perMentee) {
    int n = edges.start.length - 1;
    int m = capacity.length;
    boolean[] kept = new boolean[edges.size()];
    // Per mentor, the lowest score still inside its quota, found from a score histogram.
    int[][] histogram = new int[m][];
    for (int i = 0; i < edges.size(); i++) {
      int mt = edges.mentor[i];
      if (histogram[mt] == null) {
        histogram[mt] = new int[edges.maxScore + 1];
      }
      histogram[mt][edges.score[i]]++;
    }
    int[] threshold = new int[m];
    int[] quotaAtThreshold = new int[m];
    for (int mt = 0; mt < m; mt++) {
      int quota = MENTOR_SLACK * capacity[mt];
      threshold[mt] = Integer.MAX_VALUE;
      if (histogram[mt] == null || quota == 0) {
        continue;
      }
      for (int s = edges.maxScore; s >= 0 && quota > 0; s--) {
        int c = histogram[mt][s];
        if (c > 0) {
          threshold[mt] = s;
          quotaAtThreshold[mt] = Math.min(c, quota);
          quota -= c;
        }
      }
    }
    for (int e = 0; e < n; e++) {
      for (int i = edges.start[e], k = 0; i < edges.start[e + 1]; i++, k++) {
        int mt = edges.mentor[i];
        int s = edges.score[i];
        boolean forMentor = s > threshold[mt] || (s == threshold[mt] && quotaAtThreshold[mt]-- > 0);
        kept[i] = k < perMentee || forMentor;
      }
    }
    return kept;
  }

  static int[] capacities(PairRules rules) {
    return Arrays.stream(rules.mentors).mapToInt(MentorCandidate::capacity).toArray();
  }
}
