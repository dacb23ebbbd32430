package org.mentorbot.core.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The eligibility rules and the score of DESIGN §4, over one input indexed for speed: candidates
 * get dense indices (sorted by id, then shuffled by the seed so that the seed alone decides ties),
 * topics and languages become bitsets and zones become offsets at the match date.
 */
final class PairRules {
  final MatchSettings settings;
  final MentorCandidate[] mentors;
  final MenteeCandidate[] mentees;
  final boolean experienceRule;
  final int[] mentorOffset;
  final int[] menteeOffset;
  final long[][] mentorTopics;
  final long[][] menteeTopics;
  final long[][] mentorLangs;
  final long[][] menteeLangs;
  final boolean[] mentorPaused;
  final boolean[] menteePaused;

  /** Format bit masks ({@link Format#mask}): offered by each mentor, accepted by each mentee. */
  final byte[] mentorFormats;

  final byte[] menteeFormats;

  /** Per mentee, the sorted mentor indices it is blocked with / was recently matched with. */
  final int[][] blocked;

  final int[][] recent;

  /** For each topic (mentor topic universe), the mentors listing it, ascending. */
  final int[][] mentorsByTopic;

  PairRules(MatchInput input) {
    settings = input.settings();
    experienceRule = input.kind().requiresExperienceAhead();
    Random rng = new Random(input.seed());
    List<MentorCandidate> ms = new ArrayList<>(input.mentors());
    ms.sort(Comparator.comparing(MentorCandidate::id));
    java.util.Collections.shuffle(ms, rng);
    List<MenteeCandidate> es = new ArrayList<>(input.mentees());
    es.sort(Comparator.comparing(MenteeCandidate::id));
    java.util.Collections.shuffle(es, rng);
    mentors = ms.toArray(MentorCandidate[]::new);
    mentees = es.toArray(MenteeCandidate[]::new);

    Map<String, Integer> topicIndex = universe(ms.stream().map(MentorCandidate::topics).toList());
    Map<String, Integer> langIndex = universe(ms.stream().map(MentorCandidate::languages).toList());
    int nm = mentors.length;
    int ne = mentees.length;
    mentorOffset = new int[nm];
    mentorTopics = new long[nm][];
    mentorLangs = new long[nm][];
    mentorPaused = new boolean[nm];
    mentorFormats = new byte[nm];
    Map<String, Integer> mentorIdx = new HashMap<>();
    for (int m = 0; m < nm; m++) {
      MentorCandidate c = mentors[m];
      mentorIdx.put(c.id(), m);
      mentorOffset[m] = Offsets.offsetMinutes(c.zone(), input.matchDate());
      mentorTopics[m] = bits(c.topics(), topicIndex);
      mentorLangs[m] = bits(c.languages(), langIndex);
      mentorPaused[m] = input.paused().contains(c.id());
      mentorFormats[m] = Format.mask(c.formats());
    }
    menteeOffset = new int[ne];
    menteeTopics = new long[ne][];
    menteeLangs = new long[ne][];
    menteePaused = new boolean[ne];
    menteeFormats = new byte[ne];
    Map<String, Integer> menteeIdx = new HashMap<>();
    for (int e = 0; e < ne; e++) {
      MenteeCandidate c = mentees[e];
      menteeIdx.put(c.id(), e);
      menteeOffset[e] = Offsets.offsetMinutes(c.zone(), input.matchDate());
      menteeTopics[e] = bits(c.topics(), topicIndex);
      menteeLangs[e] = bits(c.languages(), langIndex);
      menteePaused[e] = input.paused().contains(c.id());
      menteeFormats[e] = Format.mask(c.formats());
    }
    List<List<Integer>> blockedLists = emptyLists(ne);
    for (BlockedPair b : input.blocked()) {
      addPair(blockedLists, mentorIdx.get(b.first()), menteeIdx.get(b.second()));
      addPair(blockedLists, mentorIdx.get(b.second()), menteeIdx.get(b.first()));
    }
    List<List<Integer>> recentLists = emptyLists(ne);
    for (PastPairing p : input.history()) {
      if (p.roundsAgo() <= settings.repeatWindow()) {
        addPair(recentLists, mentorIdx.get(p.mentorId()), menteeIdx.get(p.menteeId()));
      }
    }
    blocked = toArrays(blockedLists);
    recent = toArrays(recentLists);
    List<List<Integer>> byTopic = new ArrayList<>();
    for (int t = 0; t < topicIndex.size(); t++) {
      byTopic.add(new ArrayList<>());
    }
    for (int m = 0; m < nm; m++) {
      for (String t : mentors[m].topics()) {
        byTopic.get(topicIndex.get(t)).add(m);
      }
    }
    mentorsByTopic = new int[byTopic.size()][];
    for (int t = 0; t < byTopic.size(); t++) {
      mentorsByTopic[t] = byTopic.get(t).stream().mapToInt(Integer::intValue).sorted().toArray();
    }
  }

  /** Topic indices (into {@link #mentorsByTopic}) of a mentee's topics that some mentor lists. */
  int[] menteeTopicIndices(int e) {
    long[] b = menteeTopics[e];
    int[] out = new int[bitCount(b)];
    int k = 0;
    for (int w = 0; w < b.length; w++) {
      long word = b[w];
      while (word != 0) {
        out[k++] = w * 64 + Long.numberOfTrailingZeros(word);
        word &= word - 1;
      }
    }
    return out;
  }

  boolean isSelf(int m, int e) {
    return mentors[m].id().equals(mentees[e].id());
  }

  /** The first rule (in explanation order) the pair fails, or null when it is eligible. */
  Rule firstFailure(int m, int e) {
    if (!intersects(mentorTopics[m], menteeTopics[e])) {
      return Rule.TOPIC;
    }
    if (tzDistance(m, e) > settings.maxTzMinutes()) {
      return Rule.TIMEZONE;
    }
    if (!mentors[m].languages().isEmpty()
        && !mentees[e].languages().isEmpty()
        && !intersects(mentorLangs[m], menteeLangs[e])) {
      return Rule.LANGUAGE;
    }
    if ((mentorFormats[m] & menteeFormats[e]) == 0) {
      return Rule.FORMAT;
    }
    if (experienceRule && mentors[m].years() - mentees[e].years() < settings.minYearsAhead()) {
      return Rule.EXPERIENCE;
    }
    if (recent[e].length > 0 && Arrays.binarySearch(recent[e], m) >= 0) {
      return Rule.RECENT;
    }
    if (blocked[e].length > 0 && Arrays.binarySearch(blocked[e], m) >= 0) {
      return Rule.BLOCKED;
    }
    if (mentorPaused[m] || menteePaused[e]) {
      return Rule.PAUSED;
    }
    return null;
  }

  /**
   * Same verdict as {@code firstFailure(m, e) == null} for a pair already known to share a topic,
   * with the cheapest tests first: this runs for millions of pairs in a big round.
   */
  boolean eligibleSharingTopic(int m, int e) {
    if (tzDistance(m, e) > settings.maxTzMinutes()
        || (experienceRule && mentors[m].years() - mentees[e].years() < settings.minYearsAhead())
        || mentorPaused[m]
        || menteePaused[e]
        || (mentorFormats[m] & menteeFormats[e]) == 0) {
      return false;
    }
    return firstFailure(m, e) == null;
  }

  int tzDistance(int m, int e) {
    return Offsets.distanceMinutes(mentorOffset[m], menteeOffset[e]);
  }

  /** The pair's score; only meaningful for an eligible pair. */
  int score(int m, int e) {
    return topicPoints(m, e) + tzPoints(m, e) + experiencePoints(m, e) + waitlistPoints(e);
  }

  List<PairReason> reasons(int m, int e) {
    TreeSet<String> shared = new TreeSet<>(mentees[e].topics());
    shared.retainAll(mentors[m].topics());
    List<PairReason> reasons = new ArrayList<>(4);
    reasons.add(
        new PairReason.SharedTopics(
            List.copyOf(shared), mentees[e].topics().size(), topicPoints(m, e)));
    reasons.add(new PairReason.TimezoneGap(tzDistance(m, e), tzPoints(m, e)));
    reasons.add(
        new PairReason.ExperienceGap(
            mentors[m].years() - mentees[e].years(), experiencePoints(m, e)));
    if (mentees[e].waitlisted()) {
      reasons.add(new PairReason.WaitlistBonus(waitlistPoints(e)));
    }
    return reasons;
  }

  private int topicPoints(int m, int e) {
    int shared = sharedCount(mentorTopics[m], menteeTopics[e]);
    return settings.topicWeight() * shared / mentees[e].topics().size();
  }

  private int tzPoints(int m, int e) {
    return tzPoints(tzDistance(m, e));
  }

  /** Points for two offsets {@code distance} minutes apart (within the limit). */
  int tzPoints(int distance) {
    int max = settings.maxTzMinutes();
    if (max == 0) {
      return settings.timezoneWeight();
    }
    return settings.timezoneWeight() * (max - distance) / max;
  }

  private int experiencePoints(int m, int e) {
    return experiencePoints(mentors[m].years() - mentees[e].years());
  }

  /** Points for a mentor {@code g} years ahead of the mentee. */
  int experiencePoints(int g) {
    if (g >= 2 && g <= 5) {
      return settings.experienceBest();
    }
    if (g == 1 || (g >= 6 && g <= 10)) {
      return settings.experienceGood();
    }
    return 0;
  }

  private int waitlistPoints(int e) {
    return mentees[e].waitlisted() ? settings.waitlistBonus() : 0;
  }

  private static List<List<Integer>> emptyLists(int count) {
    List<List<Integer>> lists = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      lists.add(new ArrayList<>(0));
    }
    return lists;
  }

  private static void addPair(List<List<Integer>> byMentee, Integer m, Integer e) {
    if (m != null && e != null) {
      byMentee.get(e).add(m);
    }
  }

  private static int[][] toArrays(List<List<Integer>> lists) {
    int[][] out = new int[lists.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = lists.get(i).stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }
    return out;
  }

  private static Map<String, Integer> universe(Collection<Set<String>> sets) {
    TreeSet<String> all = new TreeSet<>();
    sets.forEach(all::addAll);
    Map<String, Integer> index = new HashMap<>();
    for (String s : all) {
      index.put(s, index.size());
    }
    return index;
  }

  private static long[] bits(Set<String> values, Map<String, Integer> index) {
    long[] b = new long[(index.size() + 63) / 64];
    for (String v : values) {
      Integer i = index.get(v);
      if (i != null) {
        b[i >>> 6] |= 1L << (i & 63);
      }
    }
    return b;
  }

  private static boolean intersects(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      if ((a[i] & b[i]) != 0) {
        return true;
      }
    }
    return false;
  }

  private static int sharedCount(long[] a, long[] b) {
    int n = 0;
    for (int i = 0; i < a.length; i++) {
      n += Long.bitCount(a[i] & b[i]);
    }
    return n;
  }

  private static int bitCount(long[] a) {
    int n = 0;
    for (long w : a) {
      n += Long.bitCount(w);
    }
    return n;
  }
}
