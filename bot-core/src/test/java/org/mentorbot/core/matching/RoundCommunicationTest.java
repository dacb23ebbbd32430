package org.mentorbot.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.flatten;
import static org.mentorbot.core.testing.TestCommunity.problem;
import static org.mentorbot.core.testing.TestCommunity.shown;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.testing.TestCommunity;

/**
 * What members and moderators hear around a round, and when: the DMs at opening (in each member's
 * daytime, only with round notices on), the one reminder before sign-up closes, the moderators'
 * counts with Preview / Publish when sign-up closes (or the automatic publish of a scheduled
 * round), and the note to everyone who joined and was not matched. Real SQLite, a fixed clock that
 * starts Monday 2026-03-02 09:00 UTC; day-start 09:00, day-end 20:00, reminder-days 2.
 */
class RoundCommunicationTest {

  private final TestCommunity c = new TestCommunity();

  @BeforeEach
  void community() {
    c.mentor("mod", "config announce-channel:#mentoring mod-channel:#mods");
    c.mentor("ada", "signup mentor topics:java years:10 tz:UTC");
    c.mentor("kim", "signup mentee topics:java years:2 goals:\"grow\" tz:Asia/Dubai");
  }

  @AfterEach
  void close() {
    c.close();
  }

  private void at(String instant) {
    c.clock.set(Instant.parse(instant));
    c.core.runDueWork();
  }

  private List<Message> dms(String user) {
    return c.gateway.deliveredTo(new Destination.DirectMessage(user));
  }

  private List<Message> mods() {
    return c.gateway.deliveredTo(new Destination.Channel("mods"));
  }

  private static List<String> buttons(Message m) {
    return m.buttons().stream().map(b -> b.label() + "->" + b.actionId()).toList();
  }

  @Test
  void openingInvitesEveryRosterMemberWithNoticesOnByDmInTheirOwnDaytime() {
    c.mentor("lee", "signup mentor topics:go years:8 tz:America/Los_Angeles"); // 01:00 there
    c.mentor("max", "signup mentee topics:go years:1 goals:\"learn\" tz:UTC");
    c.mentor("max", "edit notify:off");
    c.mentor("pat", "signup mentee topics:go years:1 goals:\"learn\"");
    c.mentor("pat", "pause");
    c.mentor("uma", "signup mentor topics:java years:9 tz:UTC");
    c.mentor("uma", "signup mentee topics:rust goals:\"rust\"");

    c.run("mod", "round", "open days:7");

    Message ada = dms("ada").get(0);
    assertThat(ada.title()).isEqualTo("Round 1 is open — mentorship round");
    assertThat(ada.text())
        .startsWith("Join to be matched with a mentee who wants to learn java. Sign-up closes <t:")
        .contains("`/mentor edit notify:off` stops them");
    assertThat(buttons(ada)).containsExactly("Join->round-join:1");
    assertThat(dms("kim").get(0).text()).startsWith("Join to be matched with a mentor for java.");
    // A mentor and mentee picks the role: never both silently.
    assertThat(buttons(dms("uma").get(0)))
        .containsExactly(
            "Join as mentor->round-join:1:mentor", "Join as mentee->round-join:1:mentee");
    assertThat(dms("max")).as("notices off").isEmpty();
    assertThat(dms("pat")).as("paused").isEmpty();
    assertThat(dms("lee")).as("it is 01:00 in Los Angeles").isEmpty();

    at("2026-03-02T16:59:00Z");
    assertThat(dms("lee")).isEmpty();
    at("2026-03-02T17:00:00Z"); // 09:00 in Los Angeles
    assertThat(dms("lee")).hasSize(1);

    // The Join button of the DM joins that round.
    assertThat(shown(c.press("kim", "round-join:1"))).contains("round 1");
    assertThat(c.strings("SELECT user_id FROM round_participant")).containsExactly("kim");
    at("2026-03-03T12:00:00Z");
    assertThat(dms("ada")).hasSize(1);
  }

  @Test
  void membersWhoHaveNotJoinedGetOneReminderReminderDaysBeforeSignUpCloses() {
    c.run("mod", "round", "open days:7"); // closes Mon 2026-03-09 09:00 UTC
    c.run("ada", "round", "join");

    at("2026-03-07T08:59:00Z");
    assertThat(dms("kim")).hasSize(1);
    at("2026-03-07T09:00:00Z"); // two days before: 13:00 in Dubai, daytime
    assertThat(dms("kim")).hasSize(2);
    Message reminder = dms("kim").get(1);
    assertThat(reminder.title()).isEqualTo("Round 1 sign-up closes soon");
    assertThat(reminder.text())
        .contains("and you have not joined")
        .contains("This is the only reminder");
    assertThat(buttons(reminder)).containsExactly("Join->round-join:1");
    assertThat(dms("ada")).as("ada joined: no reminder").hasSize(1);

    at("2026-03-08T23:00:00Z");
    assertThat(dms("kim")).hasSize(2);
  }

  @Test
  void aReminderRunLateAfterDowntimeGoesOnlyToThoseWhoseDaytimeComesBeforeSignUpCloses() {
    c.mentor("lee", "signup mentor topics:go years:8 tz:America/Los_Angeles");
    c.run("mod", "round", "open days:7"); // closes Mon 2026-03-09 09:00 UTC
    at("2026-03-02T17:00:00Z");
    assertThat(dms("lee")).hasSize(1);
    assertThat(dms("kim")).hasSize(1);

    // Down from Friday until Monday 06:00 UTC: 10:00 in Dubai, 22:00 (Sunday) in Los Angeles.
    at("2026-03-09T06:00:00Z");
    assertThat(dms("kim")).hasSize(2);
    assertThat(dms("kim").get(1).title()).isEqualTo("Round 1 sign-up closes soon");
    at("2026-03-09T17:00:00Z"); // Los Angeles' morning, after sign-up closed
    assertThat(dms("lee")).hasSize(1);
  }

  @Test
  void aShortSignUpHasTheInvitationOnly() {
    c.run("mod", "round", "open days:2");
    at("2026-03-04T12:00:00Z");
    assertThat(dms("kim")).hasSize(1);
    assertThat(c.count("SELECT COUNT(*) FROM job WHERE kind = 'round-notices'")).isEqualTo(1);
  }

  @Test
  void signUpClosingOnAHandOpenedRoundGivesModeratorsTheCountsWithPreviewAndPublish() {
    c.mentor("bob", "signup mentor topics:rust years:9");
    c.run("mod", "round", "open days:7");
    List.of("ada", "bob", "kim").forEach(u -> c.run(u, "round", "join"));

    at("2026-03-09T08:59:00Z");
    assertThat(mods()).isEmpty();
    at("2026-03-09T09:00:00Z");
    Message review = mods().get(0);
    assertThat(review.title()).isEqualTo("Round 1 sign-up closed");
    assertThat(review.text())
        .isEqualTo(
            "2 mentors and 1 mentee joined. Publishing now would make 1 pair; 1 mentor would be"
                + " without a mentee. Preview shows the matches and the reasons; Publish commits"
                + " them and sends the intros.");
    assertThat(review.buttons().stream().map(Button::actionId))
        .containsExactly("round-preview:1", "round-publish:1");
    assertThat(c.strings("SELECT state FROM match_round")).containsExactly("open");
    c.mentor("sam", "signup mentee topics:java years:1 goals:\"x\"");
    assertThat(problem(c.run("sam", "round", "join"))).contains("Sign-up for round 1 closed");

    assertThat(problem(c.press("kim", "round-publish:1"))).contains("Only moderators");
    assertThat(shown(c.press("mod", "round-preview:1")))
        .contains("Preview of round 1")
        .contains("sign-up closed Mon 2026-03-09 09:00 UTC");
    assertThat(shown(c.press("mod", "round-publish:1"))).contains("Round 1 is published");
    assertThat(problem(c.press("mod", "round-publish:1")))
        .contains("round 1 was already published");
    assertThat(c.count("SELECT COUNT(*) FROM match_pair")).isEqualTo(1);
  }

  @Test
  void aRoundWithNoPossiblePairOffersPreviewOnlyAndCancel() {
    c.run("mod", "round", "open days:7");
    c.run("kim", "round", "join");
    at("2026-03-09T09:00:00Z");
    assertThat(mods().get(0).text())
        .startsWith("0 mentors and 1 mentee joined, but no pair can be made")
        .contains("`/round cancel`");
    assertThat(buttons(mods().get(0))).containsExactly("Preview->round-preview:1");
  }

  @Test
  void aScheduledRoundPublishesByItselfAndTellsTheModeratorsTheCounts() {
    c.run("mod", "round", "schedule day:5 time:12:00 days:2");
    at("2026-03-03T12:00:00Z");
    c.run("ada", "round", "join");
    c.run("kim", "round", "join");
    at("2026-03-05T12:00:00Z");

    assertThat(c.strings("SELECT state FROM match_round")).containsExactly("published");
    assertThat(flatten(mods().get(mods().size() - 1)))
        .isEqualTo(
            "Round 1 published automatically\n"
                + "Sign-up closed: 1 mentor and 1 mentee joined. Published automatically: 1 pair;"
                + " intros are on their way and everyone left out was told why."
                + " `/mentor config auto-publish:off` lets you review rounds before they publish.");
  }

  @Test
  void withAutoPublishOffAScheduledRoundWaitsForTheModerators() {
    c.mentor("mod", "config auto-publish:off");
    c.run("mod", "round", "schedule day:5 time:12:00 days:2");
    at("2026-03-03T12:00:00Z");
    c.run("ada", "round", "join");
    c.run("kim", "round", "join");
    at("2026-03-05T12:00:00Z");

    assertThat(c.strings("SELECT state FROM match_round")).containsExactly("open");
    Message review = mods().get(mods().size() - 1);
    assertThat(review.text())
        .startsWith(
            "Auto-publish is off, so the round waits for you. 1 mentor and 1 mentee joined.");
    assertThat(buttons(review)).contains("Publish->round-publish:1");
    c.press("mod", "round-publish:1");
    assertThat(c.strings("SELECT state FROM match_round")).containsExactly("published");
  }

  @Test
  void aScheduledRoundNobodyCouldBeMatchedInIsCalledOffAndTheModeratorsAreTold() {
    c.run("mod", "round", "schedule day:5 time:12:00 days:2");
    at("2026-03-03T12:00:00Z");
    c.run("kim", "round", "join");
    at("2026-03-05T12:00:00Z");
    assertThat(c.strings("SELECT state FROM match_round")).containsExactly("cancelled");
    assertThat(mods().get(mods().size() - 1).text())
        .startsWith("Sign-up closed: 0 mentors and 1 mentee joined, and no pair could be made");
    assertThat(dms("kim").get(dms("kim").size() - 1).text()).contains("Not enough members joined");
  }

  @Test
  void everyoneWhoJoinedAndWasNotMatchedIsToldWhyAndWhatNext() {
    c.mentor("bob", "signup mentor topics:rust years:9");
    c.mentor("cat", "signup mentor topics:java years:12");
    c.run("mod", "round", "open days:7");
    List.of("ada", "bob", "cat", "kim").forEach(u -> c.run(u, "round", "join"));
    c.run("mod", "round", "publish");

    String bob = flatten(dms("bob").get(dms("bob").size() - 1));
    assertThat(bob)
        .startsWith("No mentee this round")
        .contains("none of the mentees who joined asked for your topics (rust)")
        .contains("join the next round")
        .contains("`/mentor ask`");
    String cat = flatten(dms("cat").get(dms("cat").size() - 1));
    assertThat(cat).contains("matched with mentors who fit them better");

    // Next round: kim is still with her mentor, ada's capacity is full.
    c.run("mod", "round", "open days:7");
    List.of("ada", "kim").forEach(u -> c.run(u, "round", "join"));
    c.mentor("sam", "signup mentee topics:java years:1 goals:\"x\"");
    c.run("sam", "round", "join");
    c.run("cat", "round", "join");
    c.run("mod", "round", "publish");
    assertThat(flatten(dms("kim").get(dms("kim").size() - 1)))
        .startsWith("No new match this round")
        .contains("you are already with <@")
        .contains("When that mentorship ends, join the next round");
    assertThat(flatten(dms("ada").get(dms("ada").size() - 1)))
        .contains("your running mentorships already fill your capacity of 1");
  }

  @Test
  void notifyOffStopsRoundDmsAndRoundsTurnsThemBackOn() {
    assertThat(shown(c.mentor("kim", "edit notify:off"))).contains("No more round DMs");
    c.run("mod", "round", "open days:7");
    assertThat(dms("kim")).isEmpty();
    c.run("mod", "round", "cancel");
    c.mentor("kim", "edit notify:rounds");
    c.run("mod", "round", "open days:7");
    assertThat(dms("kim")).hasSize(1);
    assertThat(problem(c.mentor("kim", "edit notify:sometimes"))).contains("notify");
  }

  @Test
  void statusShowsOpenedClosedPublishedAndWhenTheMentorshipsEnd() {
    c.run("mod", "round", "open days:7");
    assertThat(shown(c.run("kim", "round", "status")))
        .contains("Opened: Mon 2026-03-02 09:00 UTC (by a moderator)");
    List.of("ada", "kim").forEach(u -> c.run(u, "round", "join"));
    at("2026-03-10T10:00:00Z");
    c.run("mod", "round", "publish");
    assertThat(shown(c.run("kim", "round", "status")))
        .contains("The latest is Round 1 (mentorship), published.")
        .contains("Opened: Mon 2026-03-02 09:00 UTC (by a moderator)")
        .contains("Sign-up closed: Mon 2026-03-09 09:00 UTC")
        .contains("Published: Tue 2026-03-10 10:00 UTC")
        .containsPattern("Mentorships: 1 running, planned to end \\w{3} 2026-\\d\\d-\\d\\d");
  }
}
