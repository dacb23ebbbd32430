package org.mentorbot.core.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.matching.engine.Candidates.JANUARY;
import static org.mentorbot.core.matching.engine.Candidates.JULY;
import static org.mentorbot.core.matching.engine.Candidates.input;
import static org.mentorbot.core.matching.engine.Candidates.mentee;
import static org.mentorbot.core.matching.engine.Candidates.mentor;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchEngineRulesTest {
  private final MatchEngine engine = new MatchEngine();

  private MatchResult match(MentorCandidate m, MenteeCandidate e) {
    return engine.match(input(List.of(m), List.of(e)));
  }

  private static UnmatchedMentee onlyUnmatched(MatchResult r) {
    assertThat(r.pairs()).isEmpty();
    assertThat(r.unmatched()).hasSize(1);
    return r.unmatched().get(0);
  }

  @Test
  void scoresSharedTopicsTimezoneAndExperienceWithIntegerArithmetic() {
    MatchResult r =
        match(mentor("m", "java,sql,k8s", "UTC", 8, 1), mentee("e", "java,sql,go", "UTC", 5));
    MatchedPair p = r.pairs().get(0);
    // 100*2/3 = 66, same offset 30, gap 3 -> 20
    assertThat(p.score()).isEqualTo(116);
    assertThat(r.totalScore()).isEqualTo(116);
    assertThat(p.reasonTexts())
        .containsExactly(
            "shared topics: java, sql (2 of 3) +66",
            "same UTC offset +30",
            "mentor 3 years ahead +20");
    assertThat(p.reasons().get(0))
        .isEqualTo(new PairReason.SharedTopics(List.of("java", "sql"), 3, 66));
  }

  @Test
  void measuresTimezonesAroundTheClockSoPlusTwelveAndMinusElevenAreAnHourApart() {
    MatchResult r = match(mentor("m", "go", "UTC+12", 4, 1), mentee("e", "go", "UTC-11", 1));
    MatchedPair p = r.pairs().get(0);
    assertThat(p.reasons()).contains(new PairReason.TimezoneGap(60, 25));
    assertThat(p.reasonTexts()).contains("timezones 1h apart +25");
    assertThat(p.score()).isEqualTo(100 + 25 + 20);
  }

  @Test
  void roundsTimezonePointsDownForHalfHourOffsets() {
    MatchResult r = match(mentor("m", "go", "UTC+05:30", 4, 1), mentee("e", "go", "UTC+03:00", 2));
    // 150 minutes apart: 30 * (360 - 150) / 360 = 17.5 -> 17
    assertThat(r.pairs().get(0).reasons()).contains(new PairReason.TimezoneGap(150, 17));
    assertThat(r.pairs().get(0).reasonTexts()).contains("timezones 2h30m apart +17");
  }

  @Test
  void allowsExactlyMaxTzHoursAndRejectsOneMinuteMore() {
    MatchResult six = match(mentor("m", "go", "UTC+06:00", 4, 1), mentee("e", "go", "UTC", 2));
    assertThat(six.pairs().get(0).reasons()).contains(new PairReason.TimezoneGap(360, 0));

    UnmatchedMentee far =
        onlyUnmatched(match(mentor("m", "go", "UTC+06:01", 4, 1), mentee("e", "go", "UTC", 2)));
    assertThat(far.cause()).isEqualTo(UnmatchedCause.TIMEZONE_TOO_FAR);
    assertThat(far.reason())
        .isEqualTo(
            "no eligible mentor: the one mentor sharing a topic is more than 6h away in timezone");
  }

  @Test
  void takesIanaOffsetsAtTheMatchDateIncludingDaylightSaving() {
    // Phoenix is UTC-7 all year; London is UTC+1 in July and UTC+0 in January.
    MatchSettings sevenHours = MatchSettings.defaults().withMaxTzHours(7);
    MentorCandidate london = mentor("m", "go", "Europe/London", 4, 1);
    MenteeCandidate phoenix = mentee("e", "go", "America/Phoenix", 2);
    MatchResult july =
        engine.match(
            MatchInput.of(
                List.of(london), List.of(phoenix), RoundKind.MENTORSHIP, JULY, 1, sevenHours));
    MatchResult january =
        engine.match(
            MatchInput.of(
                List.of(london), List.of(phoenix), RoundKind.MENTORSHIP, JANUARY, 1, sevenHours));
    assertThat(onlyUnmatched(july).cause()).isEqualTo(UnmatchedCause.TIMEZONE_TOO_FAR);
    assertThat(january.pairs().get(0).reasons()).contains(new PairReason.TimezoneGap(420, 0));

    // New York is UTC-4 in July (4h from UTC: 30*120/360 = 10) and UTC-5 in January (5).
    MentorCandidate utc = mentor("m", "go", "UTC", 4, 1);
    MenteeCandidate ny = mentee("e", "go", "America/New_York", 2);
    assertThat(
            engine
                .match(
                    MatchInput.of(
                        List.of(utc),
                        List.of(ny),
                        RoundKind.MENTORSHIP,
                        JULY,
                        1,
                        MatchSettings.defaults()))
                .pairs()
                .get(0)
                .reasons())
        .contains(new PairReason.TimezoneGap(240, 10));
    assertThat(
            engine
                .match(
                    MatchInput.of(
                        List.of(utc),
                        List.of(ny),
                        RoundKind.MENTORSHIP,
                        JANUARY,
                        1,
                        MatchSettings.defaults()))
                .pairs()
                .get(0)
                .reasons())
        .contains(new PairReason.TimezoneGap(300, 5));
  }

  @Test
  void rejectsPairsWithoutASharedTopic() {
    UnmatchedMentee u =
        onlyUnmatched(match(mentor("m", "java", "UTC", 9, 1), mentee("e", "rust,go", "UTC", 1)));
    assertThat(u.cause()).isEqualTo(UnmatchedCause.NO_SHARED_TOPIC);
    assertThat(u.reason()).isEqualTo("no eligible mentor: no mentor shares a topic (go, rust)");
  }

  @Test
  void requiresASharedLanguageOnlyWhenBothListLanguages() {
    UnmatchedMentee u =
        onlyUnmatched(
            match(
                mentor("m", "go", "UTC", 5, 1, "de,fr"),
                mentee("e", "go", "UTC", 1, "en,es", false)));
    assertThat(u.cause()).isEqualTo(UnmatchedCause.NO_SHARED_LANGUAGE);
    assertThat(u.reason())
        .isEqualTo(
            "no eligible mentor: the one mentor sharing a topic within 6h speaks none of their languages (en, es)");

    assertThat(
            match(mentor("m", "go", "UTC", 5, 1, "de"), mentee("e", "go", "UTC", 1, "de,en", false))
                .matched())
        .isEqualTo(1);
    assertThat(
            match(mentor("m", "go", "UTC", 5, 1, ""), mentee("e", "go", "UTC", 1, "en", false))
                .matched())
        .isEqualTo(1);
    assertThat(
            match(mentor("m", "go", "UTC", 5, 1, "de"), mentee("e", "go", "UTC", 1, "", false))
                .matched())
        .isEqualTo(1);
  }

  @Test
  void pairsAMenteeOnlyWithAMentorOfferingTheFormatTheyWant() {
    MenteeCandidate wantsLong =
        new MenteeCandidate(
            "e",
            Set.of("java"),
            java.time.ZoneId.of("UTC"),
            1,
            Set.of(),
            false,
            Set.of(Format.LONG));
    MentorCandidate shortOnly =
        new MentorCandidate(
            "m", Set.of("java"), java.time.ZoneId.of("UTC"), 5, 1, Set.of(), Set.of(Format.SHORT));
    UnmatchedMentee u = onlyUnmatched(match(shortOnly, wantsLong));
    assertThat(u.cause()).isEqualTo(UnmatchedCause.FORMAT_NOT_OFFERED);
    assertThat(u.reason())
        .isEqualTo(
            "no eligible mentor: the one mentor sharing a topic within 6h offers only short"
                + " mentorships; this mentee wants long");

    MentorCandidate both =
        new MentorCandidate(
            "m", Set.of("java"), java.time.ZoneId.of("UTC"), 5, 1, Set.of(), Format.any());
    assertThat(match(both, wantsLong).matched()).isEqualTo(1);
    assertThat(match(shortOnly, mentee("e", "java", "UTC", 1)).matched())
        .as("a mentee who said nothing (offline rounds) takes either")
        .isEqualTo(1);
  }

  @Test
  void requiresMentorsAheadInMentorshipRoundsOnly() {
    MentorCandidate m = mentor("m", "go", "UTC", 3, 1);
    MenteeCandidate e = mentee("e", "go", "UTC", 3);
    UnmatchedMentee u = onlyUnmatched(match(m, e));
    assertThat(u.cause()).isEqualTo(UnmatchedCause.NOT_ENOUGH_EXPERIENCE);
    assertThat(u.reason())
        .isEqualTo(
            "no eligible mentor: the one mentor otherwise suitable is not at least 1 year ahead in experience");

    MenteeCandidate senior = mentee("e", "go", "UTC", 10);
    for (RoundKind kind : List.of(RoundKind.REVERSE, RoundKind.PEER_CIRCLES)) {
      MatchResult r =
          engine.match(
              MatchInput.of(List.of(m), List.of(senior), kind, JULY, 1, MatchSettings.defaults()));
      assertThat(r.pairs()).hasSize(1);
      assertThat(r.pairs().get(0).reasons()).contains(new PairReason.ExperienceGap(-7, 0));
      assertThat(r.pairs().get(0).reasonTexts()).contains("mentor 7 years behind +0");
    }
  }

  @Test
  void awardsExperiencePointsByGapBands() {
    int[][] gapToPoints = {{1, 10}, {2, 20}, {5, 20}, {6, 10}, {10, 10}, {11, 0}, {20, 0}};
    for (int[] row : gapToPoints) {
      MatchResult r = match(mentor("m", "go", "UTC", 2 + row[0], 1), mentee("e", "go", "UTC", 2));
      assertThat(r.pairs().get(0).reasons())
          .as("gap %d", row[0])
          .contains(new PairReason.ExperienceGap(row[0], row[1]));
    }
  }

  @Test
  void skipsPairsMatchedWithinTheRepeatWindow() {
    MatchInput base =
        input(List.of(mentor("m", "go", "UTC", 5, 1)), List.of(mentee("e", "go", "UTC", 1)));
    UnmatchedMentee u =
        onlyUnmatched(engine.match(base.withHistory(List.of(new PastPairing("m", "e", 3)))));
    assertThat(u.cause()).isEqualTo(UnmatchedCause.RECENTLY_MATCHED);
    assertThat(u.reason())
        .isEqualTo(
            "no eligible mentor: the one mentor otherwise suitable was matched with them in the last 3 rounds");
    assertThat(engine.match(base.withHistory(List.of(new PastPairing("m", "e", 4)))).matched())
        .isEqualTo(1);
  }

  @Test
  void honoursBlocksWhoeverBlockedWhom() {
    MatchInput base =
        input(List.of(mentor("m", "go", "UTC", 5, 1)), List.of(mentee("e", "go", "UTC", 1)));
    for (BlockedPair b : List.of(new BlockedPair("m", "e"), new BlockedPair("e", "m"))) {
      UnmatchedMentee u = onlyUnmatched(engine.match(base.withBlocked(Set.of(b))));
      assertThat(u.cause()).isEqualTo(UnmatchedCause.BLOCKED);
    }
  }

  @Test
  void leavesPausedMembersOut() {
    MatchInput base =
        input(List.of(mentor("m", "go", "UTC", 5, 1)), List.of(mentee("e", "go", "UTC", 1)));
    UnmatchedMentee mentorPaused = onlyUnmatched(engine.match(base.withPaused(Set.of("m"))));
    assertThat(mentorPaused.cause()).isEqualTo(UnmatchedCause.MENTORS_PAUSED);
    assertThat(mentorPaused.reason())
        .isEqualTo("no eligible mentor: the one mentor otherwise suitable is paused");
    UnmatchedMentee menteePaused = onlyUnmatched(engine.match(base.withPaused(Set.of("e"))));
    assertThat(menteePaused.cause()).isEqualTo(UnmatchedCause.MENTEE_PAUSED);
  }

  @Test
  void neverMatchesAMemberWithThemselves() {
    MatchResult r = match(mentor("ann", "go", "UTC", 5, 1), mentee("ann", "go", "UTC", 1));
    assertThat(onlyUnmatched(r).cause()).isEqualTo(UnmatchedCause.NO_MENTORS);
  }

  @Test
  void reportsTheLatestRuleThatRemovedTheLastCandidates() {
    MatchResult r =
        engine.match(
            input(
                List.of(
                    mentor("a", "java", "UTC", 9, 1),
                    mentor("b", "go", "UTC+09:00", 9, 1),
                    mentor("c", "go", "UTC+10:00", 9, 1)),
                List.of(mentee("e", "go", "UTC", 1))));
    UnmatchedMentee u = onlyUnmatched(r);
    assertThat(u.cause()).isEqualTo(UnmatchedCause.TIMEZONE_TOO_FAR);
    assertThat(u.candidates()).isEqualTo(2);
    assertThat(u.reason())
        .isEqualTo(
            "no eligible mentor: all 2 mentors sharing a topic are more than 6h away in timezone");
  }

  @Test
  void fillsCapacityAndExplainsWhoIsLeftOver() {
    MatchResult r =
        engine.match(
            input(
                List.of(mentor("m", "go,sql", "UTC", 10, 2)),
                List.of(
                    mentee("e1", "go", "UTC", 6),
                    mentee("e2", "go,sql", "UTC", 6),
                    mentee("e3", "go,rust", "UTC", 6))));
    assertThat(r.pairs()).extracting(MatchedPair::menteeId).containsExactly("e1", "e2");
    assertThat(r.unmatched())
        .containsExactly(
            new UnmatchedMentee(
                "e3",
                UnmatchedCause.CAPACITY_EXHAUSTED,
                1,
                "capacity exhausted: the one eligible mentor is full"));
  }

  @Test
  void mentorWithNoFreePlaceCountsAsFullNotIneligible() {
    UnmatchedMentee u =
        onlyUnmatched(match(mentor("m", "go", "UTC", 5, 0), mentee("e", "go", "UTC", 1)));
    assertThat(u.cause()).isEqualTo(UnmatchedCause.CAPACITY_EXHAUSTED);
  }

  @Test
  void waitlistBonusDecidesBetweenOtherwiseEqualMentees() {
    MatchResult r =
        engine.match(
            input(
                List.of(mentor("m", "go", "UTC", 5, 1)),
                List.of(
                    mentee("a", "go", "UTC", 1, "", false),
                    mentee("b", "go", "UTC", 1, "", true))));
    assertThat(r.pairs()).hasSize(1);
    MatchedPair p = r.pairs().get(0);
    assertThat(p.menteeId()).isEqualTo("b");
    assertThat(p.score()).isEqualTo(100 + 30 + 20 + 50);
    assertThat(p.reasonTexts()).endsWith("waitlisted last round +50");
  }

  @Test
  void prefersMoreMenteesMatchedOverAHigherTotalScore() {
    // a-m1 alone scores 150; but b can only go to m1, so the optimum is a-m2 + b-m1.
    MatchResult r =
        engine.match(
            input(
                List.of(mentor("m1", "go", "UTC", 5, 1), mentor("m2", "go", "UTC+06:00", 10, 1)),
                List.of(mentee("a", "go", "UTC", 2), mentee("b", "go", "UTC-05:00", 4))));
    assertThat(r.matched()).isEqualTo(2);
    assertThat(r.pairs())
        .extracting(p -> p.mentorId() + "-" + p.menteeId())
        .containsExactly("m1-b", "m2-a");
    // m1-b: 100 + 30*(360-300)/360=5 + gap 1 -> 10 = 115; m2-a: 100 + 0 + gap 8 -> 10 = 110
    assertThat(r.totalScore()).isEqualTo(225);
  }

  @Test
  void sameInputAndSeedGiveTheSameResultWhateverTheListOrder() {
    List<MentorCandidate> mentors = List.of(mentor("m", "go", "UTC", 5, 1));
    List<MenteeCandidate> mentees =
        List.of(
            mentee("a", "go", "UTC", 1), mentee("b", "go", "UTC", 1), mentee("c", "go", "UTC", 1));
    Set<String> winners = new java.util.TreeSet<>();
    for (long seed = 0; seed < 40; seed++) {
      MatchResult forward = engine.match(input(mentors, mentees).withSeed(seed));
      MatchResult reversed =
          engine.match(
              input(mentors, List.of(mentees.get(2), mentees.get(1), mentees.get(0)))
                  .withSeed(seed));
      assertThat(reversed).isEqualTo(forward);
      assertThat(engine.match(input(mentors, mentees).withSeed(seed))).isEqualTo(forward);
      winners.add(forward.pairs().get(0).menteeId());
    }
    // the seed, not the input order, breaks the tie: every mentee wins for some seed
    assertThat(winners).containsExactly("a", "b", "c");
  }

  @Test
  void reportsAnEmptyRoundPlainly() {
    MatchResult r = engine.match(input(List.of(), List.of(mentee("e", "go", "UTC", 1))));
    assertThat(onlyUnmatched(r).reason()).isEqualTo("no eligible mentor: no mentors in this round");
    assertThat(engine.match(input(List.of(), List.of())).matched()).isZero();
  }
}
