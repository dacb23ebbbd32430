package org.mentorbot.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.checkin.CheckinWorld.ok;
import static org.mentorbot.core.testing.TestCommunity.problem;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Answers by button and by text, who may give them, escalation and moderator alerts. */
class CheckinAnswersTest {

  private CheckinWorld w;
  private long samPair;

  @BeforeEach
  void publish() {
    w = new CheckinWorld().published();
    samPair = w.pairOf("sam");
  }

  @AfterEach
  void close() {
    w.close();
  }

  @Test
  void bothMembersCanAnswerByButtonAndMatchesShowsTheLatest() {
    w.days(14);
    assertThat(ok(w.press("ada", "checkin:" + samPair + ":scheduled")))
        .contains("meeting planned with <@sam>");
    assertThat(ok(w.press("sam", "checkin:" + samPair + ":met")))
        .contains("Great that you met <@ada>");
    assertThat(ok(w.mentor("sam", "matches"))).contains("mentee of <@ada>: last check-in: met");
    assertThat(ok(w.mentor("ada", "matches"))).contains("mentor of <@sam>: last check-in: met");
    assertThat(w.count("SELECT COUNT(*) FROM checkin_answer WHERE pair_id = " + samPair))
        .isEqualTo(2);
  }

  @Test
  void onlyThePairsMembersMayPressItsButtons() {
    assertThat(problem(w.press("kim", "checkin:" + samPair + ":met")))
        .contains("Only the members of this mentorship");
    assertThat(problem(w.press("sam", "checkin:999999:met"))).contains("Only the members");
    assertThat(problem(w.press("sam", "checkin:" + samPair + ":dance"))).contains("not one I know");
    assertThat(w.count("SELECT COUNT(*) FROM checkin_answer")).isZero();
  }

  @Test
  void textCheckinNeedsAMatchAndNamesTheRightOne() {
    assertThat(problem(w.mentor("lee", "checkin met"))).contains("no active mentorship");
    assertThat(problem(w.mentor("sam", "checkin met with:@kim")))
        .contains("no active mentorship with <@kim>")
        .contains("with:@ada");
    assertThat(ok(w.mentor("sam", "checkin met with:@ada note:\"coffee on Friday\"")))
        .contains("Great that you met");
    assertThat(w.count("SELECT COUNT(*) FROM checkin_answer WHERE note = 'coffee on Friday'"))
        .isEqualTo(1);
  }

  @Test
  void twoNotYetAnswersInARowAlertModeratorsOnceAndPrioritiseTheMentee() {
    w.days(14);
    ok(w.press("sam", "checkin:" + samPair + ":not-yet"));
    assertThat(w.alerts()).isEmpty();
    w.days(14);
    ok(w.press("ada", "checkin:" + samPair + ":not-yet"));
    assertThat(w.alerts())
        .singleElement()
        .asString()
        .contains("<@ada> (mentor) and <@sam> (mentee) has missed")
        .contains("2 check-ins in a row");
    ok(w.press("sam", "checkin:" + samPair + ":not-yet"));
    assertThat(w.alerts()).hasSize(1);
    assertThat(w.count("SELECT COUNT(*) FROM mentee_priority WHERE user_id = 'sam'")).isEqualTo(1);
    assertThat(ok(w.mentor("sam", "matches"))).contains("moderators were told");
  }

  @Test
  void aMetAnswerBreaksTheRunOfMisses() {
    w.days(14);
    ok(w.press("sam", "checkin:" + samPair + ":not-yet"));
    ok(w.press("ada", "checkin:" + samPair + ":met"));
    w.days(14);
    ok(w.press("sam", "checkin:" + samPair + ":not-yet"));
    assertThat(w.alerts()).isEmpty();
  }

  @Test
  void twoMissedCheckInsEscalateAndPriorityIsUsedByTheNextRoundOnceTheMentorshipEnded() {
    w.days(14);
    w.days(14);
    assertThat(w.alerts()).isEmpty(); // check-in 1 missed: one in a row
    w.days(14); // check-in 3 goes out: check-in 2 missed too
    assertThat(w.alerts())
        .hasSize(2)
        .anyMatch(a -> a.contains("<@ada> (mentor) and <@sam> (mentee)"));
    assertThat(w.count("SELECT COUNT(*) FROM mentee_priority WHERE user_id = 'sam'")).isEqualTo(1);
    // A mentee in a running mentorship is not matched again, so sam ends this one first.
    ok(w.mentor("sam", "end @ada reason:not-a-fit"));
    ok(w.run("mod", "round", "open"));
    ok(w.run("sam", "round", "join"));
    ok(w.mentor("lee", "signup mentor topics:java years:9"));
    ok(w.run("lee", "round", "join"));
    assertThat(ok(w.run("mod", "round", "preview")))
        .contains("<@sam>")
        .contains("waitlisted last round +50");
    ok(w.run("mod", "round", "publish"));
    // Used by the round sam joined; kim sat this one out and keeps hers for the next.
    java.util.List<String> prioritised =
        w.db.read(
            h -> h.createQuery("SELECT user_id FROM mentee_priority").mapTo(String.class).list());
    assertThat(prioritised).containsExactly("kim");
  }

  @Test
  void needHelpReachesTheModeratorsWithTheNote() {
    assertThat(ok(w.mentor("sam", "checkin need-help note:\"they never reply <@kim>\"")))
        .contains("moderators have been told");
    assertThat(w.alerts())
        .singleElement()
        .asString()
        .contains("<@sam> asked for help with their mentorship with <@ada>")
        .contains("they never reply <\u200B@kim>");
  }

  @Test
  void endTellsModeratorsAndPartnerStopsNudgesAndAsksForFeedback() {
    assertThat(ok(w.press("ada", "checkin:" + samPair + ":end")))
        .contains("Tell me why")
        .contains("(end:" + samPair + ":not-a-fit)");
    assertThat(ok(w.press("ada", "end:" + samPair + ":not-a-fit"))).contains("has ended");
    assertThat(w.alerts())
        .singleElement()
        .asString()
        .contains("<@ada> ended their mentorship with <@sam> (not-a-fit)");
    assertThat(w.dmMessages("sam").stream().map(m -> m.text()))
        .anyMatch(t -> t.contains("<@ada> has ended your mentorship"));
    assertThat(w.dms("sam")).last().isEqualTo("Your feedback");
    assertThat(w.dms("ada")).last().isEqualTo("Your feedback");
    assertThat(
            w.count("SELECT COUNT(*) FROM mentorship WHERE state = 'active' AND id = " + samPair))
        .isZero();
    w.days(14);
    w.days(14);
    assertThat(w.dms("sam")).noneMatch(t -> t.contains("check-in") || t.contains("reminder"));
    assertThat(problem(w.press("sam", "checkin:" + samPair + ":met"))).contains("already ended");
    assertThat(w.dms("kim")).contains("Check-in 2");
  }

  @Test
  void statsCountStalePairsAndPairsEndedEarly() {
    w.days(14);
    ok(w.press("kim", "checkin:" + w.pairOf("kim") + ":not-yet"));
    w.days(14);
    ok(w.press("kim", "checkin:" + w.pairOf("kim") + ":not-yet"));
    ok(w.press("sam", "checkin:" + samPair + ":end"));
    ok(w.press("sam", "end:" + samPair + ":no-time"));
    long community = w.count("SELECT id FROM community");
    CheckinStats.Summary s = w.db.read(h -> CheckinStats.forCommunity(h, community));
    assertThat(s.stalePairs()).isEqualTo(1);
    assertThat(s.activePairs()).isEqualTo(1);
    assertThat(s.answers()).isEqualTo(3);
    assertThat(s.rounds())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.stalePairs()).isEqualTo(1);
              assertThat(r.endedEarly()).isEqualTo(1);
              assertThat(r.metPercent()).isZero();
              assertThat(r.meanRating()).isEmpty();
            });
  }
}
