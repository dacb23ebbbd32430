package org.mentorbot.core.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Compares the engine with exhaustive search on many small random rounds: the engine must reach the
 * same (mentees matched, total score), and its pairs must be eligible, within capacity and scored
 * as the rules say.
 */
class MatchEngineOptimalityTest {
  private static final String[] TOPICS = {"go", "java", "sql", "ml", "ux"};
  private static final String[] ZONES = {
    "UTC",
    "UTC+03:00",
    "UTC+05:30",
    "UTC-05:00",
    "UTC+12:00",
    "UTC-11:00",
    "Europe/Berlin",
    "America/New_York"
  };
  private static final String[] LANGS = {"en", "de", "es"};

  private final MatchEngine engine = new MatchEngine();

  /** Solves on each mentee's single best edge first, so the certificates and the repair run. */
  private final MatchEngine narrowFirst =
      new MatchEngine(new OptimalAssignment.Tuning(1, 0, 5_000));

  @Test
  void reachesTheBruteForceOptimumOnRandomSmallRounds() {
    int nontrivial = 0;
    for (long seed = 1; seed <= 600; seed++) {
      MatchInput input = randomInput(new SplittableRandom(seed), seed);
      MatchResult result = engine.match(input);
      long[] best = bruteForce(new PairRules(input));
      assertThat(new long[] {result.matched(), result.totalScore()})
          .as("instance %d", seed)
          .containsExactly(best);
      checkFeasible(input, result);
      MatchResult narrow = narrowFirst.match(input);
      assertThat(new long[] {narrow.matched(), narrow.totalScore()})
          .as("instance %d, narrow first cut", seed)
          .containsExactly(best);
      checkFeasible(input, narrow);
      assertThat(engine.match(input)).as("instance %d, same seed again", seed).isEqualTo(result);
      if (result.matched() >= 2 && !result.unmatched().isEmpty()) {
        nontrivial++;
      }
    }
    // the generator must produce contested rounds, not only easy ones
    assertThat(nontrivial).isGreaterThan(100);
  }

  private static MatchInput randomInput(SplittableRandom rng, long seed) {
    int nm = 1 + rng.nextInt(4);
    int ne = 1 + rng.nextInt(6);
    List<MentorCandidate> mentors = new ArrayList<>();
    for (int i = 0; i < nm; i++) {
      mentors.add(
          new MentorCandidate(
              "m" + i,
              pick(rng, TOPICS, 1 + rng.nextInt(3)),
              ZoneId.of(ZONES[rng.nextInt(ZONES.length)]),
              rng.nextInt(12),
              rng.nextInt(10) == 0 ? 0 : 1 + rng.nextInt(3),
              pick(rng, LANGS, rng.nextInt(3)),
              AcceleratedSolverTest.formats(rng)));
    }
    List<MenteeCandidate> mentees = new ArrayList<>();
    for (int i = 0; i < ne; i++) {
      mentees.add(
          new MenteeCandidate(
              rng.nextInt(15) == 0 ? "m0" : "e" + i, // sometimes a mentor is also a mentee
              pick(rng, TOPICS, 1 + rng.nextInt(3)),
              ZoneId.of(ZONES[rng.nextInt(ZONES.length)]),
              rng.nextInt(8),
              pick(rng, LANGS, rng.nextInt(3)),
              rng.nextInt(4) == 0,
              AcceleratedSolverTest.formats(rng)));
    }
    mentees = dedupe(mentees);
    List<PastPairing> history = new ArrayList<>();
    Set<BlockedPair> blocked = new HashSet<>();
    for (MentorCandidate m : mentors) {
      for (MenteeCandidate e : mentees) {
        if (rng.nextInt(8) == 0) {
          history.add(new PastPairing(m.id(), e.id(), 1 + rng.nextInt(5)));
        }
        if (rng.nextInt(15) == 0 && !m.id().equals(e.id())) {
          blocked.add(new BlockedPair(e.id(), m.id()));
        }
      }
    }
    Set<String> paused = new HashSet<>();
    if (rng.nextInt(5) == 0) {
      paused.add(rng.nextBoolean() ? "m0" : mentees.get(0).id());
    }
    List<RoundKind> kinds = List.of(RoundKind.values());
    RoundKind kind = kinds.get(rng.nextInt(kinds.size()));
    MatchSettings settings =
        new MatchSettings(rng.nextInt(4), rng.nextInt(3), 3 + rng.nextInt(10), 100, 30, 20, 10, 50);
    return new MatchInput(
        mentors, mentees, history, blocked, paused, kind, Candidates.JULY, seed, settings);
  }

  private static List<MenteeCandidate> dedupe(List<MenteeCandidate> mentees) {
    Map<String, MenteeCandidate> byId = new HashMap<>();
    List<MenteeCandidate> out = new ArrayList<>();
    for (MenteeCandidate e : mentees) {
      if (byId.putIfAbsent(e.id(), e) == null) {
        out.add(e);
      }
    }
    return out;
  }

  private static Set<String> pick(SplittableRandom rng, String[] pool, int count) {
    Set<String> out = new HashSet<>();
    while (out.size() < count) {
      out.add(pool[rng.nextInt(pool.length)]);
    }
    return out;
  }

  /** Best (matched, score) over every assignment of each mentee to a mentor or to nobody. */
  private static long[] bruteForce(PairRules rules) {
    int nm = rules.mentors.length;
    int ne = rules.mentees.length;
    int[][] score = new int[ne][nm];
    for (int e = 0; e < ne; e++) {
      for (int m = 0; m < nm; m++) {
        boolean ok = !rules.isSelf(m, e) && rules.firstFailure(m, e) == null;
        score[e][m] = ok ? rules.score(m, e) : -1;
      }
    }
    int[] left = new int[nm];
    for (int m = 0; m < nm; m++) {
      left[m] = rules.mentors[m].capacity();
    }
    long[] best = {0, 0};
    search(0, 0, 0, score, left, best);
    return best;
  }

  private static void search(
      int e, long matched, long total, int[][] score, int[] left, long[] best) {
    if (e == score.length) {
      if (matched > best[0] || (matched == best[0] && total > best[1])) {
        best[0] = matched;
        best[1] = total;
      }
      return;
    }
    search(e + 1, matched, total, score, left, best);
    for (int m = 0; m < left.length; m++) {
      if (score[e][m] >= 0 && left[m] > 0) {
        left[m]--;
        search(e + 1, matched + 1, total + score[e][m], score, left, best);
        left[m]++;
      }
    }
  }

  private static void checkFeasible(MatchInput input, MatchResult result) {
    PairRules rules = new PairRules(input);
    Map<String, Integer> mentorIdx = new HashMap<>();
    Map<String, Integer> menteeIdx = new HashMap<>();
    for (int m = 0; m < rules.mentors.length; m++) {
      mentorIdx.put(rules.mentors[m].id(), m);
    }
    for (int e = 0; e < rules.mentees.length; e++) {
      menteeIdx.put(rules.mentees[e].id(), e);
    }
    Map<String, Integer> used = new HashMap<>();
    long total = 0;
    for (MatchedPair p : result.pairs()) {
      int m = mentorIdx.get(p.mentorId());
      int e = menteeIdx.get(p.menteeId());
      assertThat(rules.isSelf(m, e)).isFalse();
      assertThat(rules.firstFailure(m, e)).isNull();
      assertThat(p.score()).isEqualTo(rules.score(m, e));
      assertThat(p.reasons().stream().mapToInt(PairReason::points).sum()).isEqualTo(p.score());
      used.merge(p.mentorId(), 1, Integer::sum);
      total += p.score();
    }
    used.forEach(
        (id, n) -> assertThat(n).isLessThanOrEqualTo(rules.mentors[mentorIdx.get(id)].capacity()));
    assertThat(total).isEqualTo(result.totalScore());
    assertThat(result.pairs().size() + result.unmatched().size()).isEqualTo(input.mentees().size());
  }
}
