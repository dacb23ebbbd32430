package org.mentorbot.core.matching.engine;

import java.util.Arrays;

/**
 * Every eligible mentor–mentee pair with its score, per mentee, best first (ties by mentor index,
 * which the seed shuffled). Only mentors sharing a topic are examined, via the topic index, since
 * the topic rule rejects every other pair. Pairs with a mentor of capacity 0 are eligible but carry
 * no flow, so they are counted (for the explanation of unmatched mentees) but not kept.
 */
final class EligibleEdges {
  final int[] start;
  final int[] mentor;
  final int[] score;

  /** Eligible mentors per mentee, including full ones (capacity 0). */
  final int[] eligibleCount;

  final int maxScore;

  EligibleEdges(PairRules rules) {
    int ne = rules.mentees.length;
    int nm = rules.mentors.length;
    start = new int[ne + 1];
    eligibleCount = new int[ne];
    int[] stamp = new int[nm];
    Arrays.fill(stamp, -1);
    int[] mentorBuf = new int[1024];
    int[] scoreBuf = new int[1024];
    long[] sortBuf = new long[Math.max(1, nm)];
    int size = 0;
    int best = 0;
    for (int e = 0; e < ne; e++) {
      start[e] = size;
      if (rules.menteePaused[e]) {
        continue;
      }
      int count = 0;
      for (int t : rules.menteeTopicIndices(e)) {
        for (int m : rules.mentorsByTopic[t]) {
          if (stamp[m] == e) {
            continue;
          }
          stamp[m] = e;
          if (!rules.eligibleSharingTopic(m, e) || rules.isSelf(m, e)) {
            continue;
          }
          eligibleCount[e]++;
          if (rules.mentors[m].capacity() == 0) {
            continue;
          }
          int s = rules.score(m, e);
          // score descending, then mentor index ascending; both fit in 31 bits.
          sortBuf[count++] = ((long) (Integer.MAX_VALUE - s) << 32) | m;
        }
      }
      Arrays.sort(sortBuf, 0, count);
      if (size + count > mentorBuf.length) {
        int cap = Math.max(size + count, mentorBuf.length * 2);
        mentorBuf = Arrays.copyOf(mentorBuf, cap);
        scoreBuf = Arrays.copyOf(scoreBuf, cap);
      }
      for (int k = 0; k < count; k++) {
        mentorBuf[size] = (int) sortBuf[k];
        scoreBuf[size] = Integer.MAX_VALUE - (int) (sortBuf[k] >>> 32);
        best = Math.max(best, scoreBuf[size]);
        size++;
      }
    }
    start[ne] = size;
    mentor = Arrays.copyOf(mentorBuf, size);
    score = Arrays.copyOf(scoreBuf, size);
    maxScore = best;
  }

  int size() {
    return mentor.length;
  }
}
