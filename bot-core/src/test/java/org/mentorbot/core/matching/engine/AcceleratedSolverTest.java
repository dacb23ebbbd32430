package org.mentorbot.core.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The fast path (pairs listed on the fly, a sparse first cut, two certificates, in-place repair)
 * against the plain solver on every eligible pair, on thousands of small seeded rounds built for
 * heavy ties: few topics, zones, years and languages, so many pairs score the same and many optima
 * exist. The objective (mentees matched, then total score) must be the same every time.
 */
class AcceleratedSolverTest {
  private static final String[] TOPICS = {"go", "java", "sql"};
  private static final String[] ZONES = {"UTC", "UTC+03:00", "UTC-04:00", "UTC+08:00"};
  private static final String[] LANGS = {"en", "de"};

  /** Narrowest first cut, repairs in place: exercises both certificates and the repair. */
  private final MatchEngine repairing =
      new MatchEngine(new OptimalAssignment.Tuning(1, 0, Integer.MAX_VALUE));

  /** Narrowest first cut, never repairs: every violation round solves afresh. */
  private final MatchEngine resolving = new MatchEngine(new OptimalAssignment.Tuning(1, 0, 0));

  private final MatchEngine standard = new MatchEngine();

  @Test
  void fastPathReachesThePlainSolversObjectiveOnTiedRounds() {
    int contested = 0;
    for (long seed = 1; seed <= 3_000; seed++) {
      MatchInput input = tiedRound(new SplittableRandom(seed), seed);
      long[] plain = plainObjective(new PairRules(input));
      for (MatchEngine engine : List.of(standard, repairing, resolving)) {
        MatchResult result = engine.match(input);
        assertThat(new long[] {result.matched(), result.totalScore()})
            .as("instance %d", seed)
            .containsExactly(plain);
      }
      if (plain[0] > 0 && plain[0] < input.mentees().size()) {
        contested++;
      }
    }
    assertThat(contested)
        .as("rounds where capacity or rules leave someone out")
        .isGreaterThan(1000);
  }

  @Test
  void scanListsExactlyTheEligiblePairsWithTheirScores() {
    for (long seed = 1; seed <= 500; seed++) {
      PairRules rules = new PairRules(tiedRound(new SplittableRandom(seed), seed));
      EligibleEdges all = new EligibleEdges(rules);
      PairScan scan = new PairScan(rules);
      PairScan.Scratch scratch = scan.scratch();
      for (int e = 0; e < rules.mentees.length; e++) {
        int n = scan.scan(e, scratch);
        Set<Long> listed = new TreeSet<>();
        for (int i = 0; i < n; i++) {
          if (scan.capacity[scratch.mentor[i]] > 0) {
            listed.add((long) scratch.mentor[i] << 32 | scratch.score[i]);
          }
        }
        Set<Long> expected = new TreeSet<>();
        for (int i = all.start[e]; i < all.start[e + 1]; i++) {
          expected.add((long) all.mentor[i] << 32 | all.score[i]);
        }
        assertThat(listed).as("instance %d mentee %d", seed, e).isEqualTo(expected);
        assertThat(n).as("instance %d mentee %d", seed, e).isEqualTo(all.eligibleCount[e]);
      }
    }
  }

  /** (matched, total score) of the min-cost flow over every eligible pair at once. */
  private static long[] plainObjective(PairRules rules) {
    EligibleEdges all = new EligibleEdges(rules);
    int[] capacity = new int[rules.mentors.length];
    for (int m = 0; m < capacity.length; m++) {
      capacity[m] = rules.mentors[m].capacity();
    }
    int maxScore = rules.settings.maxScore();
    int[] cost = new int[all.size()];
    for (int i = 0; i < cost.length; i++) {
      cost[i] = maxScore - all.score[i];
    }
    int[] assigned = new FlowSolver(all.start, all.mentor, cost, capacity).solve();
    long matched = 0;
    long total = 0;
    for (int e = 0; e < assigned.length; e++) {
      if (assigned[e] >= 0) {
        matched++;
        total += rules.score(assigned[e], e);
      }
    }
    return new long[] {matched, total};
  }

  private static MatchInput tiedRound(SplittableRandom rng, long seed) {
    int nm = 1 + rng.nextInt(10);
    int ne = 1 + rng.nextInt(30);
    List<MentorCandidate> mentors = new ArrayList<>();
    for (int i = 0; i < nm; i++) {
      mentors.add(
          new MentorCandidate(
              "m" + i,
              pick(rng, TOPICS, 1 + rng.nextInt(2)),
              ZoneId.of(ZONES[rng.nextInt(ZONES.length)]),
              2 + rng.nextInt(4),
              rng.nextInt(8) == 0 ? 0 : 1 + rng.nextInt(3),
              pick(rng, LANGS, rng.nextInt(2)),
              formats(rng)));
    }
    List<MenteeCandidate> mentees = new ArrayList<>();
    for (int i = 0; i < ne; i++) {
      mentees.add(
          new MenteeCandidate(
              rng.nextInt(40) == 0 ? "m0" : "e" + i,
              pick(rng, TOPICS, 1 + rng.nextInt(2)),
              ZoneId.of(ZONES[rng.nextInt(ZONES.length)]),
              rng.nextInt(3),
              pick(rng, LANGS, rng.nextInt(2)),
              rng.nextInt(6) == 0,
              formats(rng)));
    }
    List<MenteeCandidate> unique = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (MenteeCandidate e : mentees) {
      if (ids.add(e.id())) {
        unique.add(e);
      }
    }
    List<PastPairing> history = new ArrayList<>();
    Set<BlockedPair> blocked = new HashSet<>();
    for (MenteeCandidate e : unique) {
      if (rng.nextInt(6) == 0) {
        history.add(new PastPairing("m" + rng.nextInt(nm), e.id(), 1 + rng.nextInt(4)));
      }
      String m = "m" + rng.nextInt(nm);
      if (rng.nextInt(10) == 0 && !m.equals(e.id())) {
        blocked.add(new BlockedPair(e.id(), m));
      }
    }
    Set<String> paused = rng.nextInt(8) == 0 ? Set.of("m" + rng.nextInt(nm)) : Set.of();
    RoundKind kind = rng.nextInt(4) == 0 ? RoundKind.REVERSE : RoundKind.MENTORSHIP;
    return new MatchInput(
        mentors,
        unique,
        history,
        blocked,
        paused,
        kind,
        Candidates.JULY,
        seed,
        MatchSettings.defaults());
  }

  /** Mostly either format, sometimes only one: the format rule must cut some pairs. */
  static Set<Format> formats(SplittableRandom rng) {
    int r = rng.nextInt(4);
    return r == 0 ? Set.of(Format.SHORT) : r == 1 ? Set.of(Format.LONG) : Format.any();
  }

  private static Set<String> pick(SplittableRandom rng, String[] pool, int count) {
    Set<String> out = new HashSet<>();
    while (out.size() < count) {
      out.add(pool[rng.nextInt(pool.length)]);
    }
    return out;
  }
}
