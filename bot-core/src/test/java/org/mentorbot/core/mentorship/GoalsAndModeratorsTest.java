package org.mentorbot.core.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.problem;
import static org.mentorbot.core.testing.TestCommunity.shown;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.testing.TestCommunity;

/** Goals (pair only) and the moderators' pairs / pair / unpair, on real SQLite. */
class GoalsAndModeratorsTest {

  private final TestCommunity c = new TestCommunity();

  @AfterEach
  void close() {
    c.close();
  }

  private void roster() {
    c.mentor("mod", "config mod-channel:#mods");
    c.mentor("ada", "signup mentor topics:java,career years:10 tz:Europe/London capacity:2");
    c.mentor("bob", "signup mentor topics:python years:1 tz:Asia/Tokyo");
    c.mentor("kim", "signup mentee topics:java years:2 goals:\"lead a team\" tz:Europe/Paris");
    c.mentor("sam", "signup mentee topics:java years:1 goals:\"first job\" tz:America/New_York");
  }

  @Test
  void goalsAreThePairsOwnAndReachingTheLastOneOffersToWrapUp() {
    roster();
    shown(c.run("mod", "round", "pair @ada @kim"));
    assertThat(shown(c.mentor("kim", "goals"))).contains("1. lead a team");
    assertThat(shown(c.mentor("ada", "goal add \"run a retro\" with:@kim")))
        .contains("Added goal 2")
        .contains("2. run a retro");
    assertThat(problem(c.mentor("sam", "goals"))).contains("no running mentorship");
    assertThat(problem(c.mentor("kim", "goal done 7"))).contains("no open goal 7");
    assertThat(problem(c.mentor("kim", "goal done two"))).contains("not a goal number");
    assertThat(shown(c.mentor("kim", "goal drop 2"))).contains("2. run a retro (dropped)");
    String done = shown(c.mentor("kim", "goal done 1"));
    assertThat(done)
        .contains("1. lead a team (done)")
        .contains("Every goal is reached")
        .contains("(end:");
    assertThat(c.strings("SELECT state FROM mentorship_goal ORDER BY number"))
        .containsExactly("done", "dropped");
  }

  @Test
  void checkInsShowTheOpenGoals() {
    roster();
    shown(c.run("mod", "round", "pair @ada @kim"));
    c.clock.advance(java.time.Duration.ofDays(14));
    c.core.runDueWork();
    Message checkin =
        c.gateway.deliveredTo(new Destination.DirectMessage("kim")).stream()
            .filter(m -> m.title().equals("Check-in 1"))
            .findFirst()
            .orElseThrow();
    assertThat(checkin.text()).contains("Open goals:\n  1. lead a team");
  }

  @Test
  void pairingByHandExplainsEveryBrokenRuleAndForceNeverOverridesABlockOrAPause() {
    roster();
    assertThat(problem(c.run("mod", "round", "pair @bob @sam")))
        .contains("they share no topic")
        .contains("<@bob> is not ahead in experience")
        .contains("apart in timezone")
        .contains("force:yes");
    assertThat(c.count("SELECT COUNT(*) FROM mentorship")).isZero();
    assertThat(shown(c.run("mod", "round", "pair @bob @sam format:long force:yes")))
        .contains("a long mentorship until")
        .contains("Rules set aside with force:yes: they share no topic");
    c.mentor("kim", "block @ada");
    assertThat(problem(c.run("mod", "round", "pair @ada @kim force:yes")))
        .contains("blocked")
        .contains("never overrides");
    c.mentor("ada", "pause");
    assertThat(problem(c.run("mod", "round", "pair @ada @sam force:yes")))
        .contains("<@ada> is paused");
    assertThat(problem(c.run("kim", "round", "pair @ada @sam"))).contains("moderator");
    assertThat(c.count("SELECT COUNT(*) FROM mentorship")).isEqualTo(1);
  }

  @Test
  void aPairMadeByHandGetsAnIntroInWordsWithoutScores() {
    roster();
    assertThat(shown(c.run("mod", "round", "pair @ada @kim"))).contains("a short mentorship");
    Message intro =
        c.gateway.deliveredTo(new Destination.Conversation(List.of("ada", "kim"))).get(0);
    assertThat(TestCommunity.flatten(intro))
        .contains("you both work on java")
        .contains("1 h apart")
        .contains("<@ada> is 8 years ahead")
        .doesNotContain("score")
        .doesNotContain("+");
  }

  @Test
  void pairsListsRunningMentorshipsByStateAndUnpairEndsThem() {
    roster();
    shown(c.run("mod", "round", "pair @ada @kim"));
    shown(c.run("mod", "round", "pair @ada @sam force:yes"));
    assertThat(shown(c.run("mod", "round", "pairs")))
        .contains("2 running mentorships")
        .contains("<@ada> → <@kim> · short · by hand · Mon 2026-03-02 → Mon 2026-04-27")
        .contains("no check-in yet · active");
    c.mentor("sam", "checkin need-help");
    assertThat(shown(c.run("mod", "round", "pairs state:need-help")))
        .contains("1 need-help mentorship")
        .contains("<@sam>")
        .doesNotContain("<@kim>");
    assertThat(shown(c.run("mod", "round", "pairs state:ending"))).contains("No running");
    assertThat(shown(c.run("mod", "round", "unpair @kim @ada note:\"asked by kim\"")))
        .contains("Ended the mentorship");
    assertThat(
            c.gateway.deliveredTo(new Destination.DirectMessage("ada")).stream().map(Message::text))
        .anyMatch(t -> t.contains("The moderators have ended your mentorship with <@kim>"))
        .noneMatch(t -> t.contains("asked by kim"));
    assertThat(problem(c.run("mod", "round", "unpair @kim @ada"))).contains("no running");
    assertThat(shown(c.run("mod", "round", "pairs"))).contains("1 running mentorship");
  }
}
