package org.mentorbot.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.checkin.CheckinWorld.ok;
import static org.mentorbot.core.testing.TestCommunity.problem;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.messaging.Message;

/** End-of-round prompts, the feedback rules, confidentiality and the moderators' figures. */
class FeedbackTest {

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
  void aLaterPublishLeavesRunningMentorshipsAloneAndTheTermEndPromptsForFeedbackOnce() {
    w.days(10);
    ok(w.run("mod", "round", "open"));
    ok(w.mentor("lee", "signup mentor topics:java years:9"));
    ok(w.mentor("zoe", "signup mentee topics:java years:1 goals:\"Testing\""));
    for (String u : java.util.List.of("lee", "sam", "zoe")) {
      ok(w.run(u, "round", "join"));
    }
    assertThat(ok(w.run("mod", "round", "preview"))).contains("<@sam>: already with <@ada> until");
    ok(w.run("mod", "round", "publish"));
    assertThat(w.dms("ada")).doesNotContain("Your feedback");
    assertThat(ok(w.mentor("sam", "matches")))
        .contains("mentee of <@ada>")
        .doesNotContain("<@lee>");
    assertThat(w.count("SELECT COUNT(*) FROM mentorship WHERE state = 'active'")).isEqualTo(3);
    // The short term (8 weeks) ends on its own: continue or wrap up first, then feedback.
    w.days(44);
    assertThat(w.dms("ada")).contains("Continue or wrap up?").doesNotContain("Your feedback");
    w.days(2);
    System.err.println(
        "DEBUG "
            + w.dms("ada")
            + " "
            + w.strings(
                "SELECT kind || ' ' || COALESCE(last_error,'') FROM job WHERE last_error IS NOT NULL"));
    Message prompt = w.dmMessages("ada").get(w.dmMessages("ada").size() - 1);
    assertThat(prompt.title()).isEqualTo("Your feedback");
    assertThat(prompt.buttons())
        .extracting(b -> b.actionId())
        .containsExactly(
            "feedback:" + samPair + ":1",
            "feedback:" + samPair + ":2",
            "feedback:" + samPair + ":3",
            "feedback:" + samPair + ":4",
            "feedback:" + samPair + ":5");
    assertThat(w.dms("sam")).contains("Your feedback");
    assertThat(w.strings("SELECT end_reason FROM mentorship WHERE id = " + samPair))
        .containsExactly("term-completed");
    w.days(25);
    assertThat(w.dms("ada").stream().filter(t -> t.equals("Your feedback"))).hasSize(1);
  }

  @Test
  void theButtonsRecordARatingAndOnlyForTheirOwnPair() {
    w.days(56);
    assertThat(ok(w.press("sam", "feedback:" + samPair + ":4")))
        .contains("Your feedback (4/5) about your mentorship with <@ada> is saved")
        .contains("confidential");
    assertThat(problem(w.press("kim", "feedback:" + samPair + ":5")))
        .contains("belongs to someone else's mentorship");
    assertThat(problem(w.press("sam", "feedback:" + samPair + ":9"))).contains("not one I know");
    assertThat(w.count("SELECT COUNT(*) FROM checkin_feedback")).isEqualTo(1);
  }

  @Test
  void feedbackIsOnlyAboutSomeoneYouWereMatchedWith() {
    assertThat(problem(w.mentor("sam", "feedback @kim rating:5")))
        .contains("You were never matched with <@kim>");
    assertThat(problem(w.mentor("sam", "feedback @sam rating:5"))).contains("about yourself");
    assertThat(problem(w.mentor("sam", "feedback @ada rating:7"))).contains("rating");
    assertThat(w.count("SELECT COUNT(*) FROM checkin_feedback")).isZero();
  }

  @Test
  void aSecondFeedbackForTheSamePairReplacesTheFirstAndSaysSo() {
    assertThat(ok(w.mentor("sam", "feedback @ada rating:3"))).contains("is saved");
    assertThat(ok(w.mentor("sam", "feedback @ada rating:5 comment:\"Very helpful\"")))
        .contains("replaces the feedback you gave before");
    assertThat(w.count("SELECT rating FROM checkin_feedback WHERE from_id = 'sam'")).isEqualTo(5);
    assertThat(w.count("SELECT COUNT(*) FROM checkin_feedback")).isEqualTo(1);
  }

  @Test
  void moderatorsSeeAggregatesAndOnlyFlaggedCommentsText() {
    w.days(14);
    ok(w.press("sam", "checkin:" + samPair + ":met"));
    ok(w.mentor("sam", "feedback @ada rating:5 comment:\"Lovely mentor\""));
    ok(w.mentor("ada", "feedback @sam rating:4"));
    ok(w.mentor("kim", "feedback @bob rating:2 comment:\"Made remarks I found inappropriate\""));
    ok(w.mentor("bob", "feedback @kim rating:1"));
    long community = w.count("SELECT id FROM community");
    CheckinStats.Summary s = w.db.read(h -> CheckinStats.forCommunity(h, community));
    assertThat(s.feedbackCount()).isEqualTo(4);
    assertThat(s.meanRating().getAsDouble()).isEqualTo(3.0);
    assertThat(s.rounds())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.pairs()).isEqualTo(2);
              assertThat(r.metPairs()).isEqualTo(1);
              assertThat(r.metPercent()).isEqualTo(50);
              assertThat(r.feedbackCount()).isEqualTo(4);
            });
    assertThat(s.flagged())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.comment()).contains("inappropriate");
              assertThat(f.aboutId()).isEqualTo("bob");
            });
    assertThat(s.flagged()).noneMatch(f -> f.comment().contains("Lovely"));
    assertThat(s.activePairs()).isEqualTo(2);
  }

  @Test
  void aCommentIsFlaggedForARatingOfOneOrASafetyWord() {
    assertThat(Feedback.flagged(1, Optional.empty())).isTrue();
    assertThat(Feedback.flagged(4, Optional.of("Felt UNSAFE in our call"))).isTrue();
    assertThat(Feedback.flagged(2, Optional.of("He kept harassing me"))).isTrue();
    assertThat(Feedback.flagged(2, Optional.of("Too busy to meet"))).isFalse();
  }

  @Test
  void exportHasMyAnswersAndFeedbackGivenButNotFeedbackAboutMeAndForgetMeErasesBoth() {
    ok(w.mentor("sam", "checkin scheduled note:\"Friday\""));
    ok(w.mentor("sam", "feedback @ada rating:5 comment:\"Great\""));
    ok(w.mentor("ada", "feedback @sam rating:2 comment:\"Never prepared\""));
    long community = w.count("SELECT id FROM community");
    Object export = w.db.read(h -> new CheckinData().export(h, community, "sam"));
    assertThat(export.toString())
        .contains("scheduled")
        .contains("Friday")
        .contains("Great")
        .doesNotContain("Never prepared");
    w.db.writeVoid(h -> new CheckinData().erase(h, community, "sam"));
    assertThat(w.count("SELECT COUNT(*) FROM checkin_feedback")).isZero();
    assertThat(w.count("SELECT COUNT(*) FROM checkin_answer WHERE user_id = 'sam'")).isZero();
    assertThat(w.count("SELECT COUNT(*) FROM checkin_pair WHERE pair_id = " + samPair)).isZero();
  }
}
