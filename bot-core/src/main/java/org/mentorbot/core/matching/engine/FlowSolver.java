package org.mentorbot.core.matching.engine;

import java.util.Arrays;

/**
 * Min-cost maximum flow on source → mentee (capacity 1) → mentor (capacity c) → sink, by successive
 * shortest paths with Johnson potentials (primal–dual).
 *
 * <p>Why it is exact: every edge cost is {@code maxScore - score ≥ 0}. An augmenting path always
 * carries one more unit from a mentee to a mentor in net, so that constant shifts the cost of every
 * flow of value k by exactly k·maxScore; the min-cost flow of value k is therefore the max-score
 * matching of k mentees. Successive shortest paths yields a min-cost flow for every value k up to
 * the maximum (the classical SSP theorem: the start graph has no negative cycle and each
 * augmentation follows a shortest path), so it ends at the most mentees matched with the highest
 * total score.
 *
 * <p>Each phase runs Dijkstra on reduced costs, kept non-negative by the potentials. It searches
 * backwards from the sink: late in a round few mentors have free places while thousands of mentees
 * are unmatched, so the backward search settles far fewer nodes. It stops when the source is
 * settled; unsettled nodes get the source's distance, which keeps every reduced cost non-negative.
 * Then it augments along as many zero-reduced-cost paths as depth-first sweeps find; any such path
 * is a shortest path, so batching them keeps the SSP invariant while cutting the number of Dijkstra
 * runs to about the number of distinct path costs.
 */
final class FlowSolver {
  static final int MAX_CAPACITY = 5;
  private static final long INF = Long.MAX_VALUE / 4;

  private final int n;
  private final int m;
  private final int[] adjCost;
  private final int[] revStart;
  private final int[] revEdge;
  private final int[] revMentee;
  private final int[] capacity;
  private final int[] assigned;
  private final int[] assignedCost;
  private final int[] slots;
  private final int[] load;
  private final long[] pot;
  private final long[] dist;
  private final int source;
  private final int sink;
  private final MinHeap heap;

  /** Per mentor, where its backward search resumes within one sweep. */
  private final int[] arc;

  private long phaseDistance;
  private final int[] visitStamp;
  private int stamp;
  private final int[] path;
  private final int[] iter;

  /**
   * @param adjStart mentee e's edges are indices {@code adjStart[e]..adjStart[e+1]-1}
   * @param adjMentor the mentor of each edge
   * @param adjCost the non-negative cost of each edge
   * @param capacity each mentor's capacity (0–5)
   */
  FlowSolver(int[] adjStart, int[] adjMentor, int[] adjCost, int[] capacity) {
    this.n = adjStart.length - 1;
    this.m = capacity.length;
    this.adjCost = adjCost;
    this.capacity = capacity;
    // Edges by mentor, in mentee order, for the backward searches.
    revStart = new int[m + 1];
    for (int mt : adjMentor) {
      revStart[mt + 1]++;
    }
    for (int i = 0; i < m; i++) {
      revStart[i + 1] += revStart[i];
    }
    revEdge = new int[adjMentor.length];
    revMentee = new int[adjMentor.length];
    int[] fill = Arrays.copyOf(revStart, m);
    for (int e = 0; e < n; e++) {
      for (int i = adjStart[e]; i < adjStart[e + 1]; i++) {
        int k = fill[adjMentor[i]]++;
        revEdge[k] = i;
        revMentee[k] = e;
      }
    }
    assigned = new int[n];
    Arrays.fill(assigned, -1);
    assignedCost = new int[n];
    slots = new int[m * MAX_CAPACITY];
    load = new int[m];
    source = n + m;
    sink = n + m + 1;
    pot = new long[n + m + 2];
    dist = new long[n + m + 2];
    visitStamp = new int[n + m];
    heap = new MinHeap(n + m + 2);
    arc = new int[m];
    path = new int[2 * Math.min(n, m) + 2];
    iter = new int[path.length];
  }

  /**
   * Starts from another solver's flow and potentials over the same mentees and mentors. Valid only
   * if every edge of this solver that the other lacked has a non-negative reduced cost under those
   * potentials (so they remain a certificate here) and every assigned edge exists here.
   */
  void warmStart(FlowSolver from) {
    System.arraycopy(from.pot, 0, pot, 0, pot.length);
    for (int e = 0; e < n; e++) {
      int mt = from.assigned[e];
      if (mt >= 0) {
        assigned[e] = mt;
        assignedCost[e] = from.assignedCost[e];
        slots[mt * MAX_CAPACITY + load[mt]++] = e;
      }
    }
  }

  /** Reduced cost of a (currently unused) edge from mentee e to mentor mt under the potentials. */
  long reducedCost(int e, int mt, int cost) {
    return cost + pot[e] - pot[n + mt];
  }

  /** Solves and returns, for each mentee, its mentor index or -1. */
  int[] solve() {
    while (shortestPaths()) {
      while (sweep() > 0) {
        // keep augmenting along zero-reduced-cost paths until none is left
      }
    }
    return assigned.clone();
  }

  /** Dijkstra towards the sink on reduced costs; updates potentials. False if none is left. */
  private boolean shortestPaths() {
    Arrays.fill(dist, INF);
    heap.clear();
    dist[sink] = 0;
    // Every free mentor, even one without edges here: its potential must stay valid for a
    // larger graph that warm-starts from this one.
    for (int mt = 0; mt < m; mt++) {
      if (load[mt] < capacity[mt]) {
        relax(n + mt, pot[n + mt] - pot[sink]);
      }
    }
    while (!heap.isEmpty()) {
      int u = heap.poll();
      long d = dist[u];
      if (u == source) {
        break;
      }
      if (u >= n) {
        int mt = u - n;
        long base = d - pot[u];
        for (int k = revStart[mt], end = revStart[mt + 1]; k < end; k++) {
          int e = revMentee[k];
          if (assigned[e] != mt) {
            relax(e, base + adjCost[revEdge[k]] + pot[e]);
          }
        }
      } else {
        int own = assigned[u];
        if (own < 0) {
          relax(source, d + pot[source] - pot[u]);
        } else {
          relax(n + own, d - assignedCost[u] + pot[n + own] - pot[u]);
        }
      }
    }
    long ds = dist[source];
    if (ds >= INF) {
      return false;
    }
    for (int v = 0; v < pot.length; v++) {
      pot[v] -= Math.min(dist[v], ds);
    }
    phaseDistance = ds;
    return true;
  }

  private void relax(int v, long nd) {
    if (nd < dist[v]) {
      dist[v] = nd;
      heap.offer(v, nd);
    }
  }

  /** Augments along zero-reduced-cost paths found by one backward sweep; returns how many. */
  private int sweep() {
    stamp++;
    System.arraycopy(revStart, 0, arc, 0, m);
    int found = 0;
    for (int mt = 0; mt < m; mt++) {
      int u = n + mt;
      if (load[mt] < capacity[mt]
          && visitStamp[u] != stamp
          && dist[u] <= phaseDistance
          && pot[u] == pot[sink]) {
        visitStamp[u] = stamp;
        if (augmentTowards(mt)) {
          found++;
        }
      }
    }
    return found;
  }

  /**
   * Iterative DFS backwards over admissible residual edges from a mentor with a free place: to a
   * mentee with an edge into it, then to that mentee's current mentor, until an unmatched mentee
   * (the source side) is reached. path holds mentor, mentee, mentor, mentee, ...
   */
  private boolean augmentTowards(int freeMentor) {
    int top = 0;
    path[0] = n + freeMentor;
    while (top >= 0) {
      int u = path[top];
      int mt = u - n;
      boolean advanced = false;
      for (int end = revStart[mt + 1]; arc[mt] < end && !advanced; ) {
        int k = arc[mt]++;
        int e = revMentee[k];
        // Only nodes within the last shortest distance can lie on a shortest path.
        if (assigned[e] == mt
            || visitStamp[e] == stamp
            || dist[e] > phaseDistance
            || adjCost[revEdge[k]] + pot[e] - pot[u] != 0) {
          continue;
        }
        visitStamp[e] = stamp;
        iter[top] = k;
        int own = assigned[e];
        if (own < 0) {
          if (pot[source] == pot[e]) {
            path[top + 1] = e;
            augment(top + 1);
            return true;
          }
          continue;
        }
        int v = n + own;
        if (visitStamp[v] != stamp
            && dist[v] <= phaseDistance
            && pot[v] - assignedCost[e] - pot[e] == 0) {
          visitStamp[v] = stamp;
          path[++top] = e;
          path[++top] = v;
          advanced = true;
        }
      }
      if (!advanced) {
        top -= 2;
      }
    }
    return false;
  }

  /**
   * Applies path[0..last] = A0, B1, A2, B3, ..., B_last: each mentee B moves to the mentor just
   * before it; A0 takes one more mentee, every other A swaps its old mentee for the new one.
   */
  private void augment(int last) {
    for (int level = 0; level < last; level += 2) {
      int mt = path[level] - n;
      int e = path[level + 1];
      int edge = revEdge[iter[level]];
      int base = mt * MAX_CAPACITY;
      if (level == 0) {
        slots[base + load[mt]] = e;
        load[mt]++;
      } else {
        int leaving = path[level - 1];
        int k = 0;
        while (slots[base + k] != leaving) {
          k++;
        }
        slots[base + k] = e;
      }
      assigned[e] = mt;
      assignedCost[e] = adjCost[edge];
    }
  }
}
