package org.mentorbot.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.flatten;
import static org.mentorbot.core.testing.TestCommunity.problem;
import static org.mentorbot.core.testing.TestCommunity.shown;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.testing.TestCommunity;

class RoundLifecycleTest {

  private final TestCommunity c = new TestCommunity();

  @AfterEach
  void close() {
    c.close();
  }

  private Reply round(String user, String text) {
    return c.run(user, "round", text);
  }

  /** ada mentors java (capacity 1); kim fits her best, sam next; bob mentors python. */
  private void roster() {
    c.mentor("mod", "config announce-channel:#mentoring");
    c.mentor("ada", "signup mentor topics:java,career years:10 tz:Europe/London");
    c.mentor("bob", "signup mentor topics:python years:8 tz:America/New_York");
    c.mentor("kim", "signup mentee topics:java years:5 goals:\"lead a team\" tz:Europe/London");
    c.mentor(
        "sam", "signup mentee topics:java years:1 goals:\"first backend job\" tz:Europe/Paris");
  }

  private List<Message> to(Destination d) {
    return c.gateway.deliveredTo(d);
  }

  @Test
  void aLaterRoundLeavesRunningMentorshipsAloneAndTheyHoldTheirMentorsCapacity() {
    roster();
    round("mod", "open days:1");
    round("ada", "join");
    round("kim", "join");
    shown(round("mod", "publish"));
    assertThat(c.strings("SELECT state FROM mentorship")).containsExactly("active");

    // Round 2: ada (capacity 1) still mentors kim, and kim is not matched again.
    round("mod", "open days:1");
    List.of("ada", "kim", "sam").forEach(u -> round(u, "join"));
    assertThat(shown(round("mod", "preview")))
        .contains("<@kim>: already with <@ada> until Mon 2026-04-27")
        .contains("<@sam>: capacity exhausted: the one eligible mentor is full");
    assertThat(problem(round("mod", "publish"))).contains("Nothing to publish");
    round("mod", "cancel");
    assertThat(c.strings("SELECT state FROM mentorship")).containsExactly("active");
    assertThat(shown(c.mentor("kim", "matches"))).contains("mentee of <@ada>");
  }

  @Test
  void openAnnouncesSignUpWithAJoinButtonThatJoinsLikeTheCommand() {
    roster();
    assertThat(shown(round("mod", "open days:5")))
        .contains("Round 1 is open (mentorship); sign-up closes Sat 2026-03-07 09:00 UTC")
        .contains("I announced it");
    Message announcement = to(new Destination.Channel("mentoring")).get(0);
    assertThat(announcement.title()).isEqualTo("Round 1 is open — mentorship round");
    Button join = announcement.buttons().get(0);
    assertThat(join.label()).isEqualTo("Join");

    assertThat(shown(c.press("kim", join.actionId()))).contains("You joined round 1 as mentee");
    assertThat(shown(round("ada", "join"))).contains("as mentor");
    assertThat(shown(round("ada", "join"))).contains("already joined round 1 as mentor");
    assertThat(shown(round("kim", "status")))
        .contains("Round 1 (mentorship) is open")
        .contains("You joined as mentee")
        .contains("1 mentor · 1 mentee");
  }

  @Test
  void joiningNeedsAProfileAnOpenRoundAndNoPause() {
    roster();
    assertThat(problem(round("kim", "join"))).contains("No round is taking sign-ups right now");
    round("mod", "open");
    assertThat(problem(round("zed", "join"))).contains("You are not on the roster yet");
    c.mentor("sam", "pause until:2026-04-01");
    assertThat(problem(round("sam", "join")))
        .contains("You are paused until 2026-04-01, so you can't join round 1")
        .contains("/mentor resume");
    assertThat(problem(round("kim", "join as:mentor"))).contains("You are not a mentor");
    assertThat(c.count("SELECT COUNT(*) FROM round_participant")).isZero();
  }

  @Test
  void lateJoinsAndStaleJoinButtonsAreRefused() {
    roster();
    round("mod", "open days:2");
    c.clock.advance(Duration.ofDays(2).plusMinutes(1));
    assertThat(problem(round("kim", "join")))
        .contains("Sign-up for round 1 closed on Wed 2026-03-04 09:00 UTC");
    round("mod", "cancel");
    round("mod", "open");
    assertThat(problem(c.press("kim", "round-join:1")))
        .contains("That round is no longer taking sign-ups");
    assertThat(problem(c.press("kim", "round-join:x"))).contains("That Join button is broken");
    assertThat(c.count("SELECT COUNT(*) FROM round_participant")).isZero();
  }

  @Test
  void aMentorAndMenteeJoinsInOneRoleNeverBothSilently() {
    roster();
    c.mentor("kim", "signup mentor topics:career years:5");
    round("mod", "open");
    String choice = shown(round("kim", "join"));
    assertThat(choice)
        .contains("You are both a mentor and a mentee")
        .contains("[Join as mentor](round-join:1:mentor)")
        .contains("[Join as mentee](round-join:1:mentee)");
    assertThat(c.count("SELECT COUNT(*) FROM round_participant")).isZero();
    // The announcement's one Join button offers both roles the same way.
    assertThat(shown(c.press("kim", "round-join:1"))).contains("You are both");
    assertThat(shown(c.press("kim", "round-join:1:mentee"))).contains("as mentee.");
    assertThat(shown(round("kim", "join as:mentor"))).contains("as mentor instead of mentee");
    assertThat(c.strings("SELECT role FROM round_participant WHERE user_id = 'kim'"))
        .containsExactly("mentor");
    assertThat(problem(c.press("kim", "round-join:1:boss"))).contains("broken");
    assertThat(problem(round("sam", "leave"))).contains("You have not joined round 1");
  }

  @Test
  void peerCircleRoundsIntroduceEachCircleInOneConversation() {
    roster();
    c.mentor("lee", "signup mentee topics:java years:3 goals:\"grow\" tz:Europe/London");
    round("mod", "open kind:peer-circles");
    assertThat(to(new Destination.Channel("mentoring")).get(0).title())
        .isEqualTo("Round 1 is open — peer-circle round");
    for (String peer : List.of("ada", "kim", "sam", "lee")) {
      assertThat(shown(round(peer, "join"))).contains("as peer");
    }
    assertThat(shown(round("mod", "preview")))
        .contains("Circles: • <@ada>, <@kim>, <@lee>, <@sam>");
    assertThat(shown(round("mod", "publish")))
        .contains("1 circle.")
        .contains("4 of 4 peers placed (100%)");
    List<Message> intro = to(new Destination.Conversation(List.of("ada", "kim", "lee", "sam")));
    assertThat(intro).hasSize(1);
    assertThat(flatten(intro.get(0)))
        .contains("Welcome to circle 1 of round 1")
        .contains("You share: java");
    assertThat(c.count("SELECT COUNT(*) FROM round_circle")).isEqualTo(4);
    assertThat(c.count("SELECT COUNT(*) FROM match_pair")).isZero();
  }

  @Test
  void aPeerRoundTooSmallForACircleCannotBePublished() {
    roster();
    round("mod", "open kind:peer-circles");
    round("kim", "join");
    round("sam", "join");
    assertThat(problem(round("mod", "publish"))).contains("Nothing to publish");
    assertThat(shown(round("mod", "preview")))
        .contains("Not placed: • <@kim>: only 2 peers joined");
  }

  @Test
  void onlyModeratorsRunTheRound() {
    roster();
    for (String sub : List.of("open", "preview", "publish", "cancel", "schedule off")) {
      assertThat(problem(round("kim", sub))).contains("Only moderators can run");
    }
    assertThat(c.count("SELECT COUNT(*) FROM match_round")).isZero();
  }

  @Test
  void previewShowsPairsUnmatchedAndQualityWithoutCommitting() {
    roster();
    round("mod", "open");
    List.of("ada", "bob", "kim", "sam").forEach(u -> round(u, "join"));
    String preview = shown(round("mod", "preview"));
    assertThat(preview)
        .contains("Preview of round 1")
        .contains("<@ada> → <@kim> · score 150 · shared topics: java (1 of 1) +100")
        .contains("<@sam>: capacity exhausted: the one eligible mentor is full")
        .contains("1 of 2 mentees matched (50%) · mean score 150 · topic coverage 50%");
    assertThat(c.count("SELECT COUNT(*) FROM match_pair")).isZero();
    assertThat(c.count("SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'intro:%'"))
        .isZero();
    assertThat(shown(round("mod", "preview"))).isEqualTo(preview);
  }

  @Test
  void publishCommitsPairsAndSendsOneIntroPerPairWithGoalsAndQuestions() {
    roster();
    round("mod", "open");
    List.of("ada", "bob", "kim", "sam").forEach(u -> round(u, "join"));
    assertThat(shown(round("mod", "publish")))
        .contains("Round 1 is published")
        .contains("1 pair, 1 waitlisted for next round");
    assertThat(c.strings("SELECT mentor_id || '>' || mentee_id || ':' || state FROM match_pair"))
        .containsExactly("ada>kim:active");

    List<Message> intro = to(new Destination.Conversation(List.of("ada", "kim")));
    assertThat(intro).hasSize(1);
    assertThat(intro.get(0).mentions()).containsExactlyInAnyOrder("ada", "kim");
    assertThat(flatten(intro.get(0)))
        .contains("<@ada>, meet <@kim>!")
        .contains("Goals of kim: lead a team")
        .contains("Suggested first questions")
        .contains("what do you wish you had known about java")
        .contains("Which day and time suit you for a regular call? You share a timezone.");
    assertThat(flatten(to(new Destination.DirectMessage("sam")).get(0)))
        .contains("every suitable mentor was already full")
        .contains("priority next round");
    assertThat(to(new Destination.Channel("mentoring")).get(1).title())
        .isEqualTo("Round 1 is published");
    assertThat(shown(c.mentor("sam", "find java"))).contains("<@ada>").contains("full");
  }

  @Test
  void publishingTwiceIsRefusedAndSendsNothingMore() {
    roster();
    round("mod", "open");
    List.of("ada", "kim").forEach(u -> round(u, "join"));
    round("mod", "publish");
    int sent = c.deliveries().size();
    assertThat(problem(round("mod", "publish")))
        .contains("No round is open: round 1 was already published on Mon 2026-03-02 09:00 UTC");
    assertThat(c.count("SELECT COUNT(*) FROM match_pair")).isEqualTo(1);
    assertThat(c.deliveries()).hasSize(sent);
  }

  @Test
  void publishingARoundWithNoPossiblePairIsRefusedAndKeepsItOpen() {
    roster();
    round("mod", "open");
    round("sam", "join");
    assertThat(problem(round("mod", "publish")))
        .contains("Nothing to publish: 0 of 1 mentee matched");
    assertThat(c.strings("SELECT state FROM match_round")).containsExactly("open");
  }

  @Test
  void cancelTellsEveryoneWhoJoinedAndMatchesNobody() {
    roster();
    round("mod", "open");
    List.of("ada", "kim").forEach(u -> round(u, "join"));
    assertThat(shown(round("mod", "cancel"))).contains("Round 1 is cancelled");
    assertThat(to(new Destination.DirectMessage("kim")).get(0).title())
        .isEqualTo("Round 1 is cancelled");
    assertThat(problem(round("mod", "cancel"))).contains("No round is open right now");
    assertThat(shown(round("mod", "open"))).contains("Round 2 is open");
  }

  @Test
  void secondRoundAvoidsRepeatsAndFavoursLastRoundsWaitlist() {
    roster();
    round("mod", "open");
    List.of("ada", "kim", "sam").forEach(u -> round(u, "join"));
    round("mod", "publish");
    shown(c.mentor("kim", "end @ada reason:goal-reached")); // ada is free again
    assertThat(c.strings("SELECT state FROM match_pair")).containsExactly("ended");
    assertThat(shown(c.mentor("sam", "find java"))).contains("<@ada>").contains("1 free");

    // lee would outscore sam on fit alone (150 vs 135), but sam waited last round (+50).
    c.mentor("lee", "signup mentee topics:java years:5 goals:\"grow\" tz:Europe/London");
    round("mod", "open");
    List.of("ada", "kim", "sam", "lee").forEach(u -> round(u, "join"));
    String preview = shown(round("mod", "preview"));
    assertThat(preview)
        .contains("<@ada> → <@sam> · score 185")
        .contains("waitlisted last round +50")
        .contains(
            "<@kim>: no eligible mentor: the one mentor otherwise suitable was matched"
                + " with them in the last 3 rounds");
    round("mod", "publish");
    assertThat(shown(round("mod", "history")))
        .contains("Round 2 (mentorship) · published")
        .contains("1 pair, 2 unmatched")
        .contains("Round 1 (mentorship) · published");
    assertThat(shown(round("kim", "history @kim")))
        .contains("Round 1: mentee of <@ada> (ended)")
        .contains("Round 2: not matched");
    assertThat(problem(round("kim", "history @sam"))).contains("Only moderators");
    assertThat(shown(round("mod", "history @sam"))).contains("Round 2: mentee of <@ada> (active)");
  }
}
