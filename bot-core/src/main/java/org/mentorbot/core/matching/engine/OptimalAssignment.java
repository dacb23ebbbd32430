package org.mentorbot.core.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Solves the flow problem over every eligible pair without ever storing them all, by solving a
 * sparse subgraph and proving its answer optimal for the full graph.
 *
 * <ol>
 *   <li><b>First cut</b> (one pass over all pairs, both cores): each mentee's best {@code
 *       perMentee} pairs plus each mentor's best {@code mentorSlack} × capacity pairs.
 *   <li><b>Solve</b> the subgraph exactly with {@link FlowSolver}: a min-cost maximum flow with
 *       potentials (LP duals) for every node.
 *   <li><b>Cost certificate</b> (one pass): every left-out pair must have a non-negative reduced
 *       cost under those potentials. Then no cycle of the full residual graph has negative cost, so
 *       no exchange of partners can raise the score at this number of pairs. Left-out pairs with a
 *       negative reduced cost are added, and the subgraph is solved again.
 *   <li><b>Size certificate</b>: from every unmatched mentee, a breadth-first search over the full
 *       residual graph (pairs listed again, not stored). If it reaches no mentor with a free place,
 *       no augmenting path exists, so no more mentees can be matched. Otherwise the left-out pairs
 *       on the paths found are added and the subgraph is solved again.
 * </ol>
 *
 * <p>Both certificates hold on the final subgraph's answer, so it is the full problem's optimum:
 * the most mentees matched, then the highest total score. The first cut changes only how long this
 * takes, never the answer's value.
 */
final class OptimalAssignment {
  private static final int CHUNK = 256;

  /** First-cut keys: score (16 bits) above a tie-breaker (16 bits) above an index (31 bits). */
  private static final int MAX_KEY_SCORE = 0xFFFF;

  private static final long INDEX = 0x7FFF_FFFFL;

  /**
   * How the work is split; none of it changes the answer's value. {@code perMentee} and {@code
   * mentorSlack} size the first cut; up to {@code repairLimit} violating pairs, the flow is
   * repaired in place ({@link FlowSolver#repair}) rather than solved afresh. Tests shrink all three
   * to force every path.
   */
  record Tuning(int perMentee, int mentorSlack, int repairLimit) {
    static final Tuning DEFAULT = new Tuning(8, 4, 5_000);

    Tuning {
      if (perMentee < 1 || mentorSlack < 0 || repairLimit < 0) {
        throw new IllegalArgumentException("bad tuning " + perMentee + "/" + mentorSlack);
      }
    }
  }

  /**
   * The assignment and the figures benchmarks and explanations need. A class, not a record: the
   * arrays are handed over without copying (they are large), and a record would compare them by
   * reference.
   */
  static final class Solution {
    private final int[] assigned;
    private final int[] eligibleCount;
    private final long flowPairs;
    private final int subgraphPairs;
    private final int rounds;

    Solution(int[] assigned, int[] eligibleCount, long flowPairs, int subgraphPairs, int rounds) {
      this.assigned = assigned;
      this.eligibleCount = eligibleCount;
      this.flowPairs = flowPairs;
      this.subgraphPairs = subgraphPairs;
      this.rounds = rounds;
    }

    int[] assigned() {
      return assigned;
    }

    int[] eligibleCount() {
      return eligibleCount;
    }

    long flowPairs() {
      return flowPairs;
    }

    int subgraphPairs() {
      return subgraphPairs;
    }

    int rounds() {
      return rounds;
    }
  }

  private OptimalAssignment() {}

  static Solution solve(PairScan scan, Tuning tuning, MatchProgress progress) {
    int ne = scan.menteeCount;
    int[] eligibleCount = new int[ne];
    progress.stage(
        String.format(
            "scoring pairs of %d mentees and %d mentors", scan.menteeCount, scan.mentorCount));
    FirstCut cut = firstCut(scan, tuning, eligibleCount);
    Subgraph graph = cut.graph;
    FlowSolver previous = null;
    Subgraph.Pairs violations = null;
    for (int round = 1; ; round++) {
      progress.stage(
          String.format(
              "solving on %d of %d eligible pairs (round %d)", graph.size(), cut.pairs, round));
      FlowSolver solver =
          new FlowSolver(graph.start, graph.mentor, graph.costs(scan.maxScore), scan.capacity);
      if (previous != null) {
        solver.continueFrom(previous);
        if (violations != null) {
          solver.repair(violations.mentee, violations.mentor, violations.size);
        }
      }
      int[] assigned = solver.solve();
      progress.stage("checking the answer against every pair");
      Subgraph.Pairs missing = negativeReducedCosts(scan, graph, solver);
      if (missing.size > 0) {
        // Few violations: repair the flow in place. Many: solving afresh is quicker.
        violations = missing;
        previous = missing.size <= tuning.repairLimit() ? solver : null;
      } else {
        missing = augmentingPaths(scan, graph, assigned);
        // Every left-out pair has a non-negative reduced cost (just checked), so the flow and
        // potentials stay valid when the paths' pairs join: carry on from them.
        violations = null;
        previous = solver;
      }
      if (missing.size == 0) {
        return new Solution(assigned, eligibleCount, cut.pairs, graph.size(), round);
      }
      graph = graph.plus(missing);
    }
  }

  private record FirstCut(Subgraph graph, long pairs) {}

  /** Per-thread bounded min-heaps of each mentor's best pairs, keyed (score, -mentee). */
  private static final class MentorBest {
    final int slots;
    final long[] heap;
    final int[] size;

    MentorBest(int mentors, int slots) {
      this.slots = slots;
      heap = new long[mentors * slots];
      size = new int[mentors];
    }

    void offer(int m, int quota, long key) {
      int base = m * slots;
      int n = size[m];
      if (quota == 0) {
        return;
      }
      if (n < quota) {
        int i = n;
        size[m] = n + 1;
        while (i > 0) {
          int parent = (i - 1) >>> 1;
          if (heap[base + parent] <= key) {
            break;
          }
          heap[base + i] = heap[base + parent];
          i = parent;
        }
        heap[base + i] = key;
      } else if (key > heap[base]) {
        int i = 0;
        while (true) {
          int child = 2 * i + 1;
          if (child >= n) {
            break;
          }
          if (child + 1 < n && heap[base + child + 1] < heap[base + child]) {
            child++;
          }
          if (heap[base + child] >= key) {
            break;
          }
          heap[base + i] = heap[base + child];
          i = child;
        }
        heap[base + i] = key;
      }
    }
  }

  private static FirstCut firstCut(PairScan scan, Tuning tuning, int[] eligibleCount) {
    int perMentee = tuning.perMentee();
    int slack = tuning.mentorSlack();
    int maxSlots = slack * FlowSolver.MAX_CAPACITY;
    int ne = scan.menteeCount;
    int nm = scan.mentorCount;
    int[] capacity = scan.capacity;
    int chunks = (ne + CHUNK - 1) / CHUNK;
    Subgraph.Pairs[] out = new Subgraph.Pairs[chunks];
    long[] pairs = new long[chunks];
    List<MentorBest> heaps = new ArrayList<>();
    ThreadLocal<PairScan.Scratch> scratch = ThreadLocal.withInitial(scan::scratch);
    ThreadLocal<MentorBest> best =
        ThreadLocal.withInitial(
            () -> {
              MentorBest b = new MentorBest(nm, maxSlots);
              synchronized (heaps) {
                heaps.add(b);
              }
              return b;
            });
    parallel(
        chunks,
        c -> {
          PairScan.Scratch s = scratch.get();
          MentorBest mentorBest = best.get();
          Subgraph.Pairs chunk = new Subgraph.Pairs();
          long[] top = new long[perMentee];
          long count = 0;
          for (int e = c * CHUNK, end = Math.min(ne, e + CHUNK); e < end; e++) {
            int n = scan.scan(e, s);
            eligibleCount[e] = n;
            int kept = 0;
            for (int i = 0; i < n; i++) {
              int m = s.mentor[i];
              if (capacity[m] == 0) {
                continue;
              }
              count++;
              int score = s.score[i];
              long spread = spread(m, e);
              mentorBest.offer(m, slack * capacity[m], (long) score << 47 | spread << 31 | e);
              // Mentee side: best scores first, ties to lower mentor index; insertion keeps top.
              long key = (long) (MAX_KEY_SCORE - score) << 47 | spread << 31 | m;
              if (kept < perMentee || key < top[kept - 1]) {
                int j = kept < perMentee ? kept++ : kept - 1;
                while (j > 0 && top[j - 1] > key) {
                  top[j] = top[j - 1];
                  j--;
                }
                top[j] = key;
              }
            }
            for (int j = 0; j < kept; j++) {
              chunk.add(e, (int) (top[j] & INDEX), MAX_KEY_SCORE - (int) (top[j] >>> 47));
            }
          }
          out[c] = chunk;
          pairs[c] = count;
        });
    Subgraph.Pairs all = new Subgraph.Pairs();
    for (Subgraph.Pairs p : out) {
      all.addAll(p);
    }
    long[] merged = new long[Math.max(1, maxSlots * heaps.size())];
    for (int m = 0; m < nm; m++) {
      int n = 0;
      for (MentorBest b : heaps) {
        System.arraycopy(b.heap, m * maxSlots, merged, n, b.size[m]);
        n += b.size[m];
      }
      Arrays.sort(merged, 0, n);
      for (int i = n - 1; i >= Math.max(0, n - slack * capacity[m]); i--) {
        all.add((int) (merged[i] & INDEX), m, (int) (merged[i] >>> 47));
      }
    }
    return new FirstCut(Subgraph.of(ne, all), Arrays.stream(pairs).sum());
  }

  /** Left-out pairs whose reduced cost under the solver's potentials is negative. */
  private static Subgraph.Pairs negativeReducedCosts(
      PairScan scan, Subgraph graph, FlowSolver solver) {
    int ne = scan.menteeCount;
    int[] capacity = scan.capacity;
    int chunks = (ne + CHUNK - 1) / CHUNK;
    Subgraph.Pairs[] out = new Subgraph.Pairs[chunks];
    ThreadLocal<PairScan.Scratch> scratch = ThreadLocal.withInitial(scan::scratch);
    parallel(
        chunks,
        c -> {
          PairScan.Scratch s = scratch.get();
          Subgraph.Pairs chunk = new Subgraph.Pairs();
          for (int e = c * CHUNK, end = Math.min(ne, e + CHUNK); e < end; e++) {
            int n = scan.scan(e, s);
            for (int i = 0; i < n; i++) {
              int m = s.mentor[i];
              if (capacity[m] > 0
                  && solver.reducedCost(e, m, scan.maxScore - s.score[i]) < 0
                  && !graph.contains(e, m)) {
                chunk.add(e, m, s.score[i]);
              }
            }
          }
          out[c] = chunk;
        });
    return concat(out);
  }

  /**
   * Breadth-first search from every unmatched mentee over the full residual graph: mentee → any
   * eligible mentor it is not assigned to → that mentor's assigned mentees → ... If a mentor with a
   * free place is reached, the path is augmenting; returns its pairs missing from the subgraph
   * (empty when no augmenting path exists, which proves the number matched maximal).
   */
  private static Subgraph.Pairs augmentingPaths(PairScan scan, Subgraph graph, int[] assigned) {
    int ne = scan.menteeCount;
    int nm = scan.mentorCount;
    int[] capacity = scan.capacity;
    int[] load = new int[nm];
    int[] slotStart = new int[nm + 1];
    for (int m : assigned) {
      if (m >= 0) {
        load[m]++;
      }
    }
    boolean anyFree = false;
    for (int m = 0; m < nm; m++) {
      slotStart[m + 1] = slotStart[m] + load[m];
      anyFree |= load[m] < capacity[m];
    }
    Subgraph.Pairs found = new Subgraph.Pairs();
    if (!anyFree) {
      return found;
    }
    int[] slots = new int[slotStart[nm]];
    int[] fill = Arrays.copyOf(slotStart, nm);
    List<Integer> frontierList = new ArrayList<>();
    boolean[] menteeSeen = new boolean[ne];
    for (int e = 0; e < ne; e++) {
      if (assigned[e] >= 0) {
        slots[fill[assigned[e]]++] = e;
      } else {
        frontierList.add(e);
        menteeSeen[e] = true;
      }
    }
    int[] frontier = frontierList.stream().mapToInt(Integer::intValue).toArray();
    int[] parent = new int[nm];
    Arrays.fill(parent, -1);
    int[] parentScore = new int[nm];
    List<Integer> free = new ArrayList<>();
    ThreadLocal<PairScan.Scratch> scratch = ThreadLocal.withInitial(scan::scratch);
    ThreadLocal<int[]> reached = ThreadLocal.withInitial(() -> new int[Math.max(1, nm)]);
    int stamps = 0;
    while (frontier.length > 0 && free.isEmpty()) {
      int[] current = frontier;
      int chunks = (current.length + CHUNK - 1) / CHUNK;
      Subgraph.Pairs[] out = new Subgraph.Pairs[chunks];
      int stampBase = stamps; // unique per chunk over all levels: each thread reuses its marks
      stamps += chunks;
      parallel(
          chunks,
          c -> {
            PairScan.Scratch s = scratch.get();
            int[] mark = reached.get();
            int stamp = stampBase + c + 1;
            Subgraph.Pairs chunk = new Subgraph.Pairs();
            for (int k = c * CHUNK, end = Math.min(current.length, k + CHUNK); k < end; k++) {
              int e = current[k];
              int n = scan.scan(e, s);
              for (int i = 0; i < n; i++) {
                int m = s.mentor[i];
                if (capacity[m] > 0 && parent[m] < 0 && assigned[e] != m && mark[m] != stamp) {
                  mark[m] = stamp;
                  chunk.add(e, m, s.score[i]);
                }
              }
            }
            out[c] = chunk;
          });
      List<Integer> next = new ArrayList<>();
      for (Subgraph.Pairs chunk : out) {
        for (int i = 0; i < chunk.size; i++) {
          int m = chunk.mentor[i];
          if (parent[m] >= 0) {
            continue;
          }
          parent[m] = chunk.mentee[i];
          parentScore[m] = chunk.score[i];
          if (load[m] < capacity[m]) {
            free.add(m);
          }
          for (int k = slotStart[m]; k < slotStart[m + 1]; k++) {
            int e = slots[k];
            if (!menteeSeen[e]) {
              menteeSeen[e] = true;
              next.add(e);
            }
          }
        }
      }
      frontier = next.stream().mapToInt(Integer::intValue).toArray();
    }
    for (int m : free) {
      for (int at = m; at >= 0; ) {
        int e = parent[at];
        if (!graph.contains(e, at)) {
          found.add(e, at, parentScore[at]);
        }
        at = assigned[e];
      }
    }
    return found;
  }

  /**
   * A 16-bit tie-breaker that differs from pair to pair. Scores tie massively (a few topic, zone
   * and experience levels), and breaking ties by index made every mentor's first cut favour the
   * same low-index mentees (and every mentee's the same mentors), who can each take only one.
   * Spreading the ties cut the pairs the first check adds by a quarter (20,000 × 4,000: 29,889 to
   * 21,760). Deterministic, so results still depend only on the input and the seed.
   */
  private static long spread(int m, int e) {
    long h = (m * 0x9E3779B97F4A7C15L) ^ (e * 0xC2B2AE3D27D4EB4FL);
    h ^= h >>> 29;
    h *= 0xBF58476D1CE4E5B9L;
    h ^= h >>> 32;
    return h & 0xFFFF;
  }

  private static Subgraph.Pairs concat(Subgraph.Pairs[] parts) {
    Subgraph.Pairs all = new Subgraph.Pairs();
    for (Subgraph.Pairs p : parts) {
      all.addAll(p);
    }
    return all;
  }

  /** Runs body(0..count-1) on both cores; each index writes only its own results. */
  private static void parallel(int count, java.util.function.IntConsumer body) {
    if (count == 1) {
      body.accept(0); // a small round: no threads to start or hand work to
    } else {
      IntStream.range(0, count).parallel().forEach(body);
    }
  }
}
