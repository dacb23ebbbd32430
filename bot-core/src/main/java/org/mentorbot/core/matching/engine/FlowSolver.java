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
 * the maximum (the classical SSP theorem, valid because the start graph has no negative cycle and
 * each augmentation follows a shortest path), so it ends at the most mentees matched with the
 * highest total score.
 *
 * <p>Each phase runs Dijkstra on reduced costs (kept non-negative by the potentials; the search
 * stops when the sink is settled and unsettled nodes get the sink's distance, which keeps every
 * reduced cost non-negative), then augments along as many zero-reduced-cost paths as a depth-first
 * sweep finds. Any such path is a shortest path, so batching them keeps the SSP invariant while
 * cutting the number of Dijkstra runs to about the number of distinct path costs.
 */
final class FlowSolver {
  static final int MAX_CAPACITY = 5;
  private static final long INF = Long.MAX_VALUE / 4;

  private final int n;
  private final int m;
  private final int[] adjStart;
  private final int[] adjMentor;
  private final int[] adjCost;
  private final int[] capacity;
  private final int[] assigned;
  private final int[] assignedCost;
  private final int[] slots;
  private final int[] load;
  private final long[] pot;
  private final long[] dist;
  private final int source;
  private final int sink;
  private final MinHeap heap = new MinHeap();
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
    this.adjStart = adjStart;
    this.adjMentor = adjMentor;
    this.adjCost = adjCost;
    this.capacity = capacity;
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
    path = new int[2 * Math.min(n, m) + 2];
    iter = new int[path.length];
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

  /** Dijkstra from the source on reduced costs; updates potentials. False if the sink is cut. */
  private boolean shortestPaths() {
    Arrays.fill(dist, INF);
    heap.clear();
    dist[source] = 0;
    for (int e = 0; e < n; e++) {
      if (assigned[e] < 0 && adjStart[e] < adjStart[e + 1]) {
        long d = pot[source] - pot[e];
        if (d < dist[e]) {
          dist[e] = d;
          heap.push(d, e);
        }
      }
    }
    while (!heap.isEmpty()) {
      long d = heap.topKey();
      int u = heap.topNode();
      heap.pop();
      if (d > dist[u]) {
        continue;
      }
      if (u == sink) {
        break;
      }
      long base = d + pot[u];
      if (u < n) {
        int own = assigned[u];
        for (int i = adjStart[u], end = adjStart[u + 1]; i < end; i++) {
          int mt = adjMentor[i];
          if (mt != own) {
            relax(n + mt, base + adjCost[i] - pot[n + mt]);
          }
        }
      } else {
        int mt = u - n;
        if (load[mt] < capacity[mt]) {
          relax(sink, base - pot[sink]);
        }
        for (int k = 0, s = mt * MAX_CAPACITY; k < load[mt]; k++) {
          int e = slots[s + k];
          relax(e, base - assignedCost[e] - pot[e]);
        }
      }
    }
    long dt = dist[sink];
    if (dt >= INF) {
      return false;
    }
    for (int v = 0; v < pot.length; v++) {
      pot[v] += Math.min(dist[v], dt);
    }
    return true;
  }

  private void relax(int v, long nd) {
    if (nd < dist[v]) {
      dist[v] = nd;
      heap.push(nd, v);
    }
  }

  /** Augments along zero-reduced-cost paths found by one depth-first sweep; returns how many. */
  private int sweep() {
    stamp++;
    int found = 0;
    for (int e = 0; e < n; e++) {
      if (assigned[e] < 0
          && adjStart[e] < adjStart[e + 1]
          && visitStamp[e] != stamp
          && pot[source] == pot[e]
          && augmentFrom(e)) {
        found++;
      }
    }
    return found;
  }

  /** Iterative DFS over admissible residual edges: mentee → mentor, mentor → assigned mentee. */
  private boolean augmentFrom(int start) {
    int top = 0;
    path[0] = start;
    iter[0] = adjStart[start];
    visitStamp[start] = stamp;
    while (top >= 0) {
      int u = path[top];
      boolean advanced = false;
      if (u < n) {
        int own = assigned[u];
        for (int end = adjStart[u + 1]; iter[top] < end; ) {
          int i = iter[top]++;
          int mt = adjMentor[i];
          int v = n + mt;
          if (mt != own && visitStamp[v] != stamp && adjCost[i] + pot[u] - pot[v] == 0) {
            visitStamp[v] = stamp;
            path[++top] = v;
            iter[top] = -1;
            advanced = true;
            break;
          }
        }
      } else {
        int mt = u - n;
        if (iter[top] == -1) {
          iter[top] = 0;
          if (load[mt] < capacity[mt] && pot[u] == pot[sink]) {
            augment(top);
            return true;
          }
        }
        for (int s = mt * MAX_CAPACITY; iter[top] < load[mt]; ) {
          int e = slots[s + iter[top]++];
          if (visitStamp[e] != stamp && pot[u] - assignedCost[e] - pot[e] == 0) {
            visitStamp[e] = stamp;
            path[++top] = e;
            iter[top] = adjStart[e];
            advanced = true;
            break;
          }
        }
      }
      if (!advanced) {
        top--;
      }
    }
    return false;
  }

  /** Applies path[0..top] = e0, m0, e1, m1, ..., ek, mk: each e_i moves to m_i, mk takes one. */
  private void augment(int top) {
    for (int i = 0; i + 1 <= top; i += 2) {
      int e = path[i];
      int mt = path[i + 1] - n;
      int edge = iter[i] - 1;
      if (i + 1 < top) {
        // e_{i+1} sat in slot iter[i+1]-1 of m_i; e_i takes that slot.
        slots[mt * MAX_CAPACITY + iter[i + 1] - 1] = e;
      } else {
        slots[mt * MAX_CAPACITY + load[mt]] = e;
        load[mt]++;
      }
      assigned[e] = mt;
      assignedCost[e] = adjCost[edge];
    }
  }
}
