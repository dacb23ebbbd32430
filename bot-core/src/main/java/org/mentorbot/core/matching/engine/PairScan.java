package org.mentorbot.core.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lists one mentee's eligible mentors with their scores, fast, on primitive arrays, without storing
 * any pair: a round of 50,000 mentees and 10,000 mentors has tens of millions of eligible pairs,
 * too many to keep, but cheap to list again whenever they are needed.
 *
 * <p>Same verdicts and scores as {@link PairRules} (tests compare the two). Speed comes from an
 * index that applies three rules before a mentor is even looked at: per topic, the mentors listing
 * it (paused ones left out) are grouped by UTC offset, so whole groups beyond {@code maxTzHours}
 * are skipped; within a group they are sorted by years, most first, so the experience rule is a
 * cut-off. Languages and formats are bit masks; repeats, blocks and self pairs are rare per-mentee
 * exceptions. Mentors of capacity 0 are listed (they count for the explanation of unmatched
 * mentees); the caller leaves them out of the flow.
 *
 * <p>Immutable once built, so several threads may scan at once, each with its own {@link Scratch}.
 */
final class PairScan {
  private static final int GAP_SHIFT = 80;

  final int mentorCount;
  final int menteeCount;

  /** Each mentor's free places this round. */
  final int[] capacity;

  /** The constant the solver subtracts scores from; no pair scores more. */
  final int maxScore;

  private final int topicWords;
  private final int langWords;
  private final long[] mentorTopics;
  private final long[] menteeTopics;
  private final long[] mentorLangs;
  private final long[] menteeLangs;
  private final boolean[] mentorAnyLanguage;
  private final boolean[] menteeAnyLanguage;
  private final int[] mentorYears;
  private final int[] menteeYears;
  private final int[] menteeOffset;
  private final int[] menteeTopicCount;
  private final int[] menteeBonus;
  private final boolean[] menteePaused;
  private final byte[] mentorFormats;
  private final byte[] menteeFormats;
  private final int[][] menteeTopicIndex;

  /** Per mentee, sorted mentor indices it may not be paired with (repeat, block, self), or null. */
  private final int[][] exceptions;

  /** Per topic: mentors ordered by (offset, years descending, index) and the offset groups. */
  private final int[][] byTopic;

  private final int[][] groupStart;
  private final int[][] groupOffset;
  private final int[] tzPoints;
  private final int[] experiencePoints;
  private final boolean experienceRule;
  private final int minYearsAhead;
  private final int maxTzMinutes;
  private final int topicWeight;

  /** One thread's buffers: a mentee's eligible mentors and their scores, and a visit stamp. */
  static final class Scratch {
    final int[] mentor;
    final int[] score;
    private final int[] stamp;
    private int generation;

    Scratch(int mentors) {
      mentor = new int[Math.max(1, mentors)];
      score = new int[Math.max(1, mentors)];
      stamp = new int[Math.max(1, mentors)];
    }
  }

  PairScan(PairRules rules) {
    MatchSettings s = rules.settings;
    mentorCount = rules.mentors.length;
    menteeCount = rules.mentees.length;
    maxScore = s.maxScore();
    experienceRule = rules.experienceRule;
    minYearsAhead = s.minYearsAhead();
    maxTzMinutes = s.maxTzMinutes();
    topicWeight = s.topicWeight();
    int nm = mentorCount;
    int ne = menteeCount;
    topicWords = nm == 0 ? 0 : rules.mentorTopics[0].length;
    langWords = nm == 0 ? 0 : rules.mentorLangs[0].length;
    capacity = new int[nm];
    mentorTopics = new long[nm * topicWords];
    mentorLangs = new long[nm * langWords];
    mentorAnyLanguage = new boolean[nm];
    mentorYears = new int[nm];
    for (int m = 0; m < nm; m++) {
      capacity[m] = rules.mentors[m].capacity();
      System.arraycopy(rules.mentorTopics[m], 0, mentorTopics, m * topicWords, topicWords);
      System.arraycopy(rules.mentorLangs[m], 0, mentorLangs, m * langWords, langWords);
      mentorAnyLanguage[m] = rules.mentors[m].languages().isEmpty();
      mentorYears[m] = rules.mentors[m].years();
    }
    menteeTopics = new long[ne * topicWords];
    menteeLangs = new long[ne * langWords];
    menteeAnyLanguage = new boolean[ne];
    menteeYears = new int[ne];
    menteeOffset = new int[ne];
    menteeTopicCount = new int[ne];
    menteeBonus = new int[ne];
    menteePaused = new boolean[ne];
    menteeTopicIndex = new int[ne][];
    exceptions = new int[ne][];
    mentorFormats = rules.mentorFormats;
    menteeFormats = rules.menteeFormats;
    java.util.Map<String, Integer> mentorById = new java.util.HashMap<>();
    for (int m = 0; m < nm; m++) {
      mentorById.put(rules.mentors[m].id(), m);
    }
    for (int e = 0; e < ne; e++) {
      MenteeCandidate c = rules.mentees[e];
      if (topicWords > 0) {
        System.arraycopy(rules.menteeTopics[e], 0, menteeTopics, e * topicWords, topicWords);
      }
      if (langWords > 0) {
        System.arraycopy(rules.menteeLangs[e], 0, menteeLangs, e * langWords, langWords);
      }
      menteeAnyLanguage[e] = c.languages().isEmpty();
      menteeYears[e] = c.years();
      menteeOffset[e] = rules.menteeOffset[e];
      menteeTopicCount[e] = c.topics().size();
      menteeBonus[e] = c.waitlisted() ? s.waitlistBonus() : 0;
      menteePaused[e] = rules.menteePaused[e];
      menteeTopicIndex[e] = nm == 0 ? new int[0] : rules.menteeTopicIndices(e);
      Integer self = mentorById.get(c.id());
      int[] except = union(rules.recent[e], rules.blocked[e], self);
      exceptions[e] = except.length == 0 ? null : except;
    }
    tzPoints = new int[maxTzMinutes + 1];
    for (int d = 0; d <= maxTzMinutes; d++) {
      tzPoints[d] = rules.tzPoints(d);
    }
    experiencePoints = new int[2 * GAP_SHIFT + 1];
    for (int g = -GAP_SHIFT; g <= GAP_SHIFT; g++) {
      experiencePoints[g + GAP_SHIFT] = rules.experiencePoints(g);
    }
    int topics = rules.mentorsByTopic.length;
    byTopic = new int[topics][];
    groupStart = new int[topics][];
    groupOffset = new int[topics][];
    for (int t = 0; t < topics; t++) {
      int[] members = rules.mentorsByTopic[t];
      long[] keys = new long[members.length];
      int k = 0;
      for (int m : members) {
        if (!rules.mentorPaused[m]) {
          long offset = rules.mentorOffset[m] + 24L * 60;
          keys[k++] = offset << 40 | (long) (GAP_SHIFT - mentorYears[m]) << 32 | m;
        }
      }
      Arrays.sort(keys, 0, k);
      int[] list = new int[k];
      List<Integer> starts = new ArrayList<>();
      List<Integer> offsets = new ArrayList<>();
      int last = Integer.MIN_VALUE;
      for (int i = 0; i < k; i++) {
        list[i] = (int) keys[i];
        int offset = (int) (keys[i] >>> 40) - 24 * 60;
        if (offset != last) {
          starts.add(i);
          offsets.add(offset);
          last = offset;
        }
      }
      starts.add(k);
      byTopic[t] = list;
      groupStart[t] = starts.stream().mapToInt(Integer::intValue).toArray();
      groupOffset[t] = offsets.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  Scratch scratch() {
    return new Scratch(mentorCount);
  }

  /**
   * Fills {@code out.mentor} and {@code out.score} with mentee e's eligible mentors (including full
   * ones) and returns how many. The order is fixed by the index, not by score.
   */
  int scan(int e, Scratch out) {
    if (menteePaused[e]) {
      return 0;
    }
    int mark = ++out.generation;
    if (mark == Integer.MAX_VALUE) {
      Arrays.fill(out.stamp, 0);
      out.generation = 1;
      mark = 1;
    }
    int[] stamp = out.stamp;
    int[] except = exceptions[e];
    int years = menteeYears[e];
    int offset = menteeOffset[e];
    int bonus = menteeBonus[e];
    byte formats = menteeFormats[e];
    int minGap = experienceRule ? minYearsAhead : Integer.MIN_VALUE;
    int count = 0;
    for (int t : menteeTopicIndex[e]) {
      int[] list = byTopic[t];
      int[] starts = groupStart[t];
      int[] offsets = groupOffset[t];
      for (int g = 0; g < offsets.length; g++) {
        int d = Offsets.distanceMinutes(offsets[g], offset);
        if (d > maxTzMinutes) {
          continue;
        }
        int base = tzPoints[d] + bonus;
        for (int k = starts[g], end = starts[g + 1]; k < end; k++) {
          int m = list[k];
          int gap = mentorYears[m] - years;
          if (gap < minGap) {
            break; // sorted by years, most first: the rest of the group is no further ahead
          }
          if (stamp[m] == mark) {
            continue; // already listed under another shared topic
          }
          stamp[m] = mark;
          if ((mentorFormats[m] & formats) == 0
              || !languagesMatch(m, e)
              || (except != null && Arrays.binarySearch(except, m) >= 0)) {
            continue;
          }
          out.mentor[count] = m;
          out.score[count++] = base + topicPoints(m, e) + experiencePoints[gapIndex(gap)];
        }
      }
    }
    return count;
  }

  private static int gapIndex(int gap) {
    return Math.max(0, Math.min(2 * GAP_SHIFT, gap + GAP_SHIFT));
  }

  private boolean languagesMatch(int m, int e) {
    if (mentorAnyLanguage[m] || menteeAnyLanguage[e]) {
      return true;
    }
    for (int w = 0; w < langWords; w++) {
      if ((mentorLangs[m * langWords + w] & menteeLangs[e * langWords + w]) != 0) {
        return true;
      }
    }
    return false;
  }

  private int topicPoints(int m, int e) {
    int shared = 0;
    for (int w = 0; w < topicWords; w++) {
      shared += Long.bitCount(mentorTopics[m * topicWords + w] & menteeTopics[e * topicWords + w]);
    }
    return topicWeight * shared / menteeTopicCount[e];
  }

  private static int[] union(int[] a, int[] b, Integer extra) {
    int[] all = Arrays.copyOf(a, a.length + b.length + (extra == null ? 0 : 1));
    System.arraycopy(b, 0, all, a.length, b.length);
    if (extra != null) {
      all[all.length - 1] = extra;
    }
    return Arrays.stream(all).sorted().distinct().toArray();
  }
}
