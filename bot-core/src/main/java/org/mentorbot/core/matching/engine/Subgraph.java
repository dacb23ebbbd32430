package org.mentorbot.core.matching.engine;

import java.util.Arrays;

/**
 * The eligible pairs the solver currently works on, per mentee sorted by mentor index (so a pair is
 * found by binary search), each with its score. Immutable: growing it builds a new one.
 */
final class Subgraph {
  final int[] start;
  final int[] mentor;
  final int[] score;

  private Subgraph(int[] start, int[] mentor, int[] score) {
    this.start = start;
    this.mentor = mentor;
    this.score = score;
  }

  /** Pairs found by one pass, in a deterministic order, before they are merged into a graph. */
  static final class Pairs {
    int[] mentee = new int[64];
    int[] mentor = new int[64];
    int[] score = new int[64];
    int size;

    void add(int e, int m, int s) {
      if (size == mentee.length) {
        int cap = size * 2;
        mentee = Arrays.copyOf(mentee, cap);
        mentor = Arrays.copyOf(mentor, cap);
        score = Arrays.copyOf(score, cap);
      }
      mentee[size] = e;
      mentor[size] = m;
      score[size++] = s;
    }

    void addAll(Pairs other) {
      for (int i = 0; i < other.size; i++) {
        add(other.mentee[i], other.mentor[i], other.score[i]);
      }
    }
  }

  static Subgraph of(int mentees, Pairs pairs) {
    return build(mentees, null, pairs);
  }

  /** This graph with the given pairs added (pairs already present are kept once). */
  Subgraph plus(Pairs pairs) {
    return build(start.length - 1, this, pairs);
  }

  int size() {
    return mentor.length;
  }

  boolean contains(int e, int m) {
    return Arrays.binarySearch(mentor, start[e], start[e + 1], m) >= 0;
  }

  /** Edge costs for the solver: {@code maxScore - score}, never negative. */
  int[] costs(int maxScore) {
    int[] cost = new int[score.length];
    for (int i = 0; i < cost.length; i++) {
      cost[i] = maxScore - score[i];
    }
    return cost;
  }

  private static Subgraph build(int mentees, Subgraph base, Pairs extra) {
    int[] count = new int[mentees + 1];
    if (base != null) {
      for (int e = 0; e < mentees; e++) {
        count[e + 1] = base.start[e + 1] - base.start[e];
      }
    }
    for (int i = 0; i < extra.size; i++) {
      count[extra.mentee[i] + 1]++;
    }
    for (int e = 0; e < mentees; e++) {
      count[e + 1] += count[e];
    }
    int total = count[mentees];
    long[] keyed = new long[total];
    int[] fill = Arrays.copyOf(count, mentees);
    if (base != null) {
      for (int e = 0; e < mentees; e++) {
        for (int i = base.start[e]; i < base.start[e + 1]; i++) {
          keyed[fill[e]++] = pack(base.mentor[i], base.score[i]);
        }
      }
    }
    for (int i = 0; i < extra.size; i++) {
      keyed[fill[extra.mentee[i]]++] = pack(extra.mentor[i], extra.score[i]);
    }
    int[] start = new int[mentees + 1];
    int[] mentor = new int[total];
    int[] score = new int[total];
    int k = 0;
    for (int e = 0; e < mentees; e++) {
      start[e] = k;
      Arrays.sort(keyed, count[e], count[e + 1]);
      for (int i = count[e]; i < count[e + 1]; i++) {
        int m = (int) (keyed[i] >>> 32);
        if (k > start[e] && mentor[k - 1] == m) {
          continue; // the same pair, hence the same score
        }
        mentor[k] = m;
        score[k++] = (int) keyed[i];
      }
    }
    start[mentees] = k;
    return new Subgraph(start, Arrays.copyOf(mentor, k), Arrays.copyOf(score, k));
  }

  private static long pack(int m, int s) {
    return (long) m << 32 | s;
  }
}
