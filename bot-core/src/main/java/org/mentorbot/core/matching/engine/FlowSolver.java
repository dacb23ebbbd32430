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
  private final int[] adjStart;
  private final int[] adjMentor;
  private final int[] adjCost;
  private final int[] revStart;
  private final int[] revEdge;
  private final int[] revMentee;
  private final int[] capacity;
  private final int[] assigned;
  private final int[] assignedCost;
  private final int[] slots;
  private final int[] load;

  /**
   * Flow from each mentor to the sink. Equal to {@link #load} except while {@link #repair} runs:
   * then a mentor that lost a mentee has a deficit ({@code out > load}).
   */
  private final int[] out;

  /** Mentees fed by the source but assigned to nobody, only while {@link #repair} runs. */
  private final boolean[] excess;

  private final int[] prev;
  private final int[] prevEdge;
  private final int[] pathNodes;
  private final int[] touched;
  private int touchedCount;
  private final int[] pathEdges;
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
    this.adjStart = adjStart;
    this.adjMentor = adjMentor;
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
    out = new int[m];
    excess = new boolean[n];
    pathNodes = new int[n + m + 2];
    touched = new int[n + m + 2];
    pathEdges = new int[n + m + 2];
    prev = new int[n + m + 2];
    prevEdge = new int[n + m + 2];
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
   * Continues from another solver's flow and potentials over the same mentees and mentors, on a
   * graph that holds every pair of the other plus some more. Valid only if each added pair has a
   * non-negative reduced cost under those potentials: then they still prove the flow a min-cost
   * flow of its value here, and solving goes on from it with the successive-shortest-path invariant
   * intact.
   */
  void continueFrom(FlowSolver from) {
    System.arraycopy(from.pot, 0, pot, 0, pot.length);
    System.arraycopy(from.assigned, 0, assigned, 0, n);
    System.arraycopy(from.assignedCost, 0, assignedCost, 0, n);
    System.arraycopy(from.slots, 0, slots, 0, slots.length);
    System.arraycopy(from.load, 0, load, 0, m);
    System.arraycopy(from.load, 0, out, 0, m);
  }

  /**
   * Restores the invariant after pairs with a negative reduced cost joined the graph (given by
   * mentee and mentor, each now an edge here), so solving can go on from the current flow instead
   * of from nothing. Each such mentee leaves its mentor (or is fed by the source, if it had none)
   * and its potential rises until all its edges have non-negative reduced costs again; nothing else
   * changes, so every other reduced cost stays non-negative. That leaves the mentee with a unit to
   * place and its old mentor one short. Each such unit then travels along a shortest path (Dijkstra
   * on reduced costs, potentials updated as in the main loop): a displaced mentee to a mentor short
   * of one, a free place or back to the source; a mentor still short from the source or by giving
   * up the place. Afterwards the flow is again a min-cost flow of its value with valid potentials.
   */
  void repair(int[] mentee, int[] mentor, int count) {
    Arrays.fill(dist, INF); // the searches below reset only the nodes they reach
    long[] raise = new long[n];
    for (int i = 0; i < count; i++) {
      int e = mentee[i];
      int k = Arrays.binarySearch(adjMentor, adjStart[e], adjStart[e + 1], mentor[i]);
      long rc = reducedCost(e, mentor[i], adjCost[k]);
      raise[e] = Math.max(raise[e], -rc);
    }
    for (int e = 0; e < n; e++) {
      if (raise[e] <= 0) {
        continue;
      }
      int own = assigned[e];
      if (own >= 0) {
        removeSlot(own, e);
        assigned[e] = -1;
      } else {
        raise[e] = Math.max(raise[e], pot[source] - pot[e]);
      }
      excess[e] = true;
      pot[e] += raise[e];
    }
    for (int e = 0; e < n; e++) {
      if (excess[e]) {
        placeExcess(e);
      }
    }
    for (int mt = 0; mt < m; mt++) {
      while (out[mt] > load[mt]) {
        fillDeficit(mt);
      }
    }
  }

  /** Forward Dijkstra from an excess mentee to a short mentor, a free place or the source. */
  private void placeExcess(int x) {
    heap.clear();
    touch(x, 0);
    heap.offer(x, 0);
    int target = -1;
    while (!heap.isEmpty()) {
      int u = heap.poll();
      long d = dist[u];
      if (u == source || u == sink || (u >= n && u < n + m && out[u - n] > load[u - n])) {
        target = u;
        break;
      }
      if (u < n) {
        if (assigned[u] >= 0 || excess[u]) {
          relaxFrom(u, source, -1, d + pot[u] - pot[source]);
        }
        for (int i = adjStart[u]; i < adjStart[u + 1]; i++) {
          int mt = adjMentor[i];
          if (assigned[u] != mt) {
            relaxFrom(u, n + mt, i, d + adjCost[i] + pot[u] - pot[n + mt]);
          }
        }
      } else {
        int mt = u - n;
        if (out[mt] < capacity[mt]) {
          relaxFrom(u, sink, -1, d + pot[u] - pot[sink]);
        }
        for (int k = 0; k < load[mt]; k++) {
          int e = slots[mt * MAX_CAPACITY + k];
          relaxFrom(u, e, -1, d - assignedCost[e] + pot[u] - pot[e]);
        }
      }
    }
    // As pot[v] += min(dist[v], bound) for every node, less the same shift for all (reduced
    // costs only see differences): only nodes this search reached change.
    long bound = dist[target];
    for (int i = 0; i < touchedCount; i++) {
      int v = touched[i];
      pot[v] -= bound - Math.min(dist[v], bound);
      dist[v] = INF;
    }
    touchedCount = 0;
    applyPath(x, target);
    excess[x] = false;
  }

  /** Backward Dijkstra from a mentor short of one to the source or the sink (giving it up). */
  private void fillDeficit(int y) {
    heap.clear();
    touch(n + y, 0);
    heap.offer(n + y, 0);
    int origin = -1;
    while (!heap.isEmpty()) {
      int u = heap.poll();
      long d = dist[u];
      if (u == source || u == sink) {
        origin = u;
        break;
      }
      if (u >= n) {
        int mt = u - n;
        if (out[mt] > 0) {
          relaxFrom(u, sink, -1, d + pot[sink] - pot[u]);
        }
        for (int k = revStart[mt]; k < revStart[mt + 1]; k++) {
          int e = revMentee[k];
          if (assigned[e] != mt) {
            relaxFrom(u, e, revEdge[k], d + adjCost[revEdge[k]] + pot[e] - pot[u]);
          }
        }
      } else {
        int own = assigned[u];
        if (own < 0) {
          relaxFrom(u, source, -1, d + pot[source] - pot[u]);
        } else {
          relaxFrom(u, n + own, -1, d - assignedCost[u] + pot[n + own] - pot[u]);
        }
      }
    }
    long bound = dist[origin];
    for (int i = 0; i < touchedCount; i++) {
      int v = touched[i];
      pot[v] += bound - Math.min(dist[v], bound);
    }
    // prev points towards y here: reverse the walk so the path runs from its origin.
    int len = 0;
    for (int v = origin; v != n + y; v = prev[v]) {
      pathNodes[len] = v;
      pathEdges[len++] = prevEdge[v];
    }
    for (int i = 0; i < touchedCount; i++) {
      dist[touched[i]] = INF;
    }
    touchedCount = 0;
    pathNodes[len++] = n + y;
    applyArcs(len);
  }

  /** Applies the path found by {@link #placeExcess}: prev points back from target to x. */
  private void applyPath(int x, int target) {
    int len = 0;
    for (int v = target; v != x; v = prev[v]) {
      pathNodes[len++] = v;
    }
    pathNodes[len++] = x;
    for (int i = 0, j = len - 1; i < j; i++, j--) {
      int t = pathNodes[i];
      pathNodes[i] = pathNodes[j];
      pathNodes[j] = t;
    }
    for (int i = 0; i + 1 < len; i++) {
      pathEdges[i] = prevEdge[pathNodes[i + 1]];
    }
    applyArcs(len);
  }

  /**
   * Pushes one unit along pathNodes[0..len-1]. pathEdges[i] is the edge of the arc from node i to
   * node i+1 when that arc is mentee to mentor. Arcs are applied last first, so a mentor always
   * lets its leaving mentee go before it takes the arriving one (its slots never overflow).
   */
  private void applyArcs(int len) {
    for (int i = len - 2; i >= 0; i--) {
      int u = pathNodes[i];
      int v = pathNodes[i + 1];
      if (u == sink) {
        out[v - n]--;
      } else if (v == sink) {
        out[u - n]++;
      } else if (u == source || v == source) {
        // Feeding or unfeeding a mentee changes no stored state beyond its assignment.
      } else if (u < n) {
        int edge = pathEdges[i];
        int mt = v - n;
        slots[mt * MAX_CAPACITY + load[mt]++] = u;
        assigned[u] = mt;
        assignedCost[u] = adjCost[edge];
      } else {
        removeSlot(u - n, v);
        if (assigned[v] == u - n) {
          assigned[v] = -1;
        }
      }
    }
  }

  private void touch(int v, long d) {
    if (dist[v] == INF) {
      touched[touchedCount++] = v;
    }
    dist[v] = d;
  }

  private void relaxFrom(int u, int v, int edge, long nd) {
    if (nd < dist[v]) {
      touch(v, nd);
      prev[v] = u;
      prevEdge[v] = edge;
      heap.offer(v, nd);
    }
  }

  private void removeSlot(int mt, int e) {
    int base = mt * MAX_CAPACITY;
    int k = 0;
    while (slots[base + k] != e) {
      k++;
    }
    slots[base + k] = slots[base + --load[mt]];
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
        out[mt]++;
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
