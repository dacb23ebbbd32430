package org.mentorbot.core.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.flatten;
import static org.mentorbot.core.testing.TestCommunity.problem;
import static org.mentorbot.core.testing.TestCommunity.shown;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.testing.TestCommunity;

/**
 * Every transition of a mentorship on real SQLite with a fixed clock (starting Mon 2026-03-02 09:00
 * UTC): continue on both sides or one, the end by each reason, blocks, leaves and forget-me.
 */
class MentorshipLifecycleTest {

  private final TestCommunity c = new TestCommunity();

  @AfterEach
  void close() {
    c.close();
  }

  /** ada mentors kim (long, by kim's profile) and bob mentors sam (short). */
  private void twoMentorships() {
    c.mentor("mod", "config mod-channel:#mods");
    c.mentor("ada", "signup mentor topics:java years:10");
    c.mentor("bob", "signup mentor topics:python years:8");
    c.mentor("kim", "signup mentee topics:java years:2 goals:\"lead a team\" format:long");
    c.mentor("sam", "signup mentee topics:python years:1 goals:\"first job\"");
    c.run("mod", "round", "open");
    List.of("ada", "bob", "kim", "sam").forEach(u -> c.run(u, "round", "join"));
    shown(c.run("mod", "round", "publish"));
  }

  private long idOf(String mentee) {
    return c.count(
        "SELECT mentorship_id FROM mentorship_member WHERE role = 'mentee' AND user_id = '"
            + mentee
            + "'");
  }

  private void days(long n) {
    c.clock.advance(Duration.ofDays(n));
    c.core.runDueWork();
  }

  private List<Message> dms(String user) {
    return c.gateway.deliveredTo(new Destination.DirectMessage(user));
  }

  private List<String> dmTexts(String user) {
    return dms(user).stream().map(TestCommunity::flatten).toList();
  }

  private List<String> alerts() {
    return c.gateway.deliveredTo(new Destination.Channel("mods")).stream()
        .map(TestCommunity::flatten)
        .toList();
  }

  private String state(String mentee) {
    return c.strings(
            "SELECT state || COALESCE(':' || end_reason, '') FROM mentorship WHERE id = "
                + idOf(mentee))
        .get(0);
  }

  @Test
  void publishStartsMentorshipsInTheMenteesFormatWithTheirGoalsAndPlannedEnds() {
    twoMentorships();
    assertThat(c.strings("SELECT format || ' ' || planned_end_at FROM mentorship ORDER BY id"))
        .containsExactly(
            "long " + java.time.Instant.parse("2026-09-02T09:00:00Z").toEpochMilli(),
            "short " + java.time.Instant.parse("2026-04-27T09:00:00Z").toEpochMilli());
    assertThat(c.strings("SELECT text FROM mentorship_goal ORDER BY mentorship_id"))
        .containsExactly("lead a team", "first job");
    Message intro =
        c.gateway.deliveredTo(new Destination.Conversation(List.of("ada", "kim"))).get(0);
    assertThat(flatten(intro)).contains("A long mentorship, planned until Wed 2026-09-02");
  }

  @Test
  void bothContinueExtendsByOneTermWithMoreCheckIns() {
    twoMentorships();
    long id = idOf("kim");
    int planned = c.count("SELECT planned FROM checkin_pair WHERE pair_id = " + id);
    days(182); // two days before 2026-09-02
    assertThat(dms("kim")).extracting(Message::title).contains("Continue or wrap up?");
    assertThat(state("kim")).isEqualTo("ending");
    assertThat(shown(c.press("kim", "mentorship:" + id + ":continue")))
        .contains("If <@ada> does too");
    assertThat(shown(c.press("ada", "mentorship:" + id + ":continue")))
        .contains("goes on until Tue 2027-03-02");
    assertThat(state("kim")).isEqualTo("active");
    assertThat(c.count("SELECT terms FROM mentorship WHERE id = " + id)).isEqualTo(2);
    assertThat(c.count("SELECT planned FROM checkin_pair WHERE pair_id = " + id))
        .isGreaterThan(planned);
    days(3); // the first term's end passes: nothing ends
    assertThat(state("kim")).isEqualTo("active");
    assertThat(dms("kim")).extracting(Message::title).doesNotContain("Your feedback");
    assertThat(c.count("SELECT COUNT(*) FROM match_pair")).isEqualTo(2); // counted once
  }

  @Test
  void oneSideWrappingUpEndsItOnThePlannedDateAsTermCompletedWithFeedback() {
    twoMentorships();
    long id = idOf("sam");
    days(54);
    assertThat(shown(c.press("sam", "mentorship:" + id + ":continue"))).contains("If <@bob>");
    assertThat(shown(c.press("bob", "mentorship:" + id + ":wrap-up")))
        .contains("wraps up on Mon 2026-04-27");
    assertThat(state("sam")).isEqualTo("ending");
    days(2);
    assertThat(state("sam")).isEqualTo("ended:term-completed");
    assertThat(dmTexts("sam")).anyMatch(t -> t.contains("has completed its term"));
    assertThat(dms("sam")).extracting(Message::title).contains("Your feedback");
    assertThat(alerts()).isEmpty();
    assertThat(problem(c.press("sam", "mentorship:" + id + ":continue"))).contains("already ended");
  }

  @Test
  void goalReachedIsASuccessThankedWithoutAnAlert() {
    twoMentorships();
    assertThat(shown(c.mentor("sam", "end @bob reason:goal-reached")))
        .contains("Congratulations on reaching your goal");
    assertThat(state("sam")).isEqualTo("ended:goal-reached");
    assertThat(dmTexts("bob"))
        .anyMatch(t -> t.contains("marked your mentorship's goal as reached"));
    assertThat(dms("bob")).extracting(Message::title).contains("Your feedback");
    assertThat(dms("sam")).extracting(Message::title).contains("Your feedback");
    assertThat(alerts()).isEmpty();
    assertThat(shown(c.mentor("sam", "find python"))).contains("<@bob>").contains("1 free");
  }

  @Test
  void endingEarlyTellsThePartnerKindlyWithoutTheNoteAndTheModeratorsWithIt() {
    twoMentorships();
    assertThat(shown(c.mentor("kim", "end @ada reason:not-a-fit note:\"we never clicked\"")))
        .contains("has ended")
        .contains("never see your reason or note");
    assertThat(state("kim")).isEqualTo("ended:ended-early");
    assertThat(c.strings("SELECT end_detail FROM mentorship WHERE id = " + idOf("kim")))
        .containsExactly("not-a-fit");
    assertThat(dmTexts("ada"))
        .anyMatch(t -> t.contains("<@kim> has ended your mentorship"))
        .noneMatch(t -> t.contains("never clicked") || t.contains("not-a-fit"));
    assertThat(alerts())
        .singleElement()
        .asString()
        .contains("(not-a-fit)")
        .contains("never clicked")
        .doesNotContain("[I'll take it]"); // ended: nothing left to take
    assertThat(shown(c.mentor("sam", "end @bob reason:no-time"))).contains("has ended");
    assertThat(alerts()).hasSize(2).last().asString().contains("(no-time)");
    assertThat(problem(c.mentor("sam", "end @bob reason:other")))
        .contains("no running mentorship with <@bob>");
    assertThat(problem(c.mentor("sam", "end @sam reason:other"))).contains("not yourself");
    assertThat(problem(c.mentor("sam", "end @bob reason:bored"))).contains("reason");
  }

  @Test
  void aBlockEndsTheMentorshipAndThePartnerIsNotToldItWasABlock() {
    twoMentorships();
    shown(c.mentor("kim", "block @ada"));
    assertThat(state("kim")).isEqualTo("ended:blocked-left");
    assertThat(dmTexts("ada"))
        .anyMatch(t -> t.contains("Your mentorship with <@kim> has ended"))
        .noneMatch(t -> t.contains("block"));
    assertThat(alerts()).singleElement().asString().contains("blocked another member");
    // No feedback prompts after a block, and no more nudges.
    days(30);
    assertThat(dms("ada")).extracting(Message::title).doesNotContain("Your feedback", "Check-in 1");
    assertThat(state("sam")).isEqualTo("active");
  }

  @Test
  void forgetMeEndsEveryMentorshipWithoutNamingTheMemberAndErasesIt() {
    twoMentorships();
    long id = idOf("sam");
    Message ask = ((org.mentorbot.core.command.Reply.Shown) c.mentor("sam", "forget-me")).message();
    shown(c.press("sam", ask.buttons().get(0).actionId()));
    assertThat(c.count("SELECT COUNT(*) FROM mentorship WHERE id = " + id)).isZero();
    assertThat(c.count("SELECT COUNT(*) FROM mentorship_member WHERE user_id = 'sam'")).isZero();
    assertThat(c.count("SELECT COUNT(*) FROM checkin_pair WHERE pair_id = " + id)).isZero();
    assertThat(dmTexts("bob"))
        .anyMatch(t -> t.contains("Your mentorship with your partner has ended"))
        .noneMatch(t -> t.contains("<@sam>"));
    assertThat(alerts()).singleElement().asString().contains("a member left the program");
  }

  @Test
  void theAlertButtonsRecordWhoTakesItAndEndTheMentorship() {
    twoMentorships();
    long id = idOf("kim");
    c.mentor("kim", "checkin need-help");
    assertThat(problem(c.press("kim", "mship-mod:take:" + id))).contains("Only moderators");
    assertThat(shown(c.press("mod", "mship-mod:take:" + id))).contains("you are handling");
    assertThat(c.strings("SELECT handled_by FROM mentorship WHERE id = " + id))
        .containsExactly("mod");
    assertThat(shown(c.press("mod", "mship-mod:end:" + id))).contains("Ended the mentorship");
    assertThat(state("kim")).isEqualTo("ended:unpaired");
    assertThat(dmTexts("kim")).anyMatch(t -> t.contains("The moderators have ended"));
  }
}
