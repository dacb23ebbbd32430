package org.mentorbot.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.problem;
import static org.mentorbot.core.testing.TestCommunity.shown;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.testing.TestCommunity;

class RosterCommandsTest {

  private final TestCommunity c = new TestCommunity();

  @AfterEach
  void close() {
    c.close();
  }

  private int members() {
    return c.count("SELECT COUNT(*) FROM member");
  }

  @Test
  void signsUpAMentorWithNormalisedTopics() {
    String reply =
        shown(
            c.mentor(
                "ada",
                "signup mentor topics:\"Java, JS, Machine Learning\" years:12 tz:Europe/London capacity:2"));
    assertThat(reply)
        .contains("Welcome to the roster as a mentor!")
        .contains("Mentors in: java, javascript, machine-learning")
        .contains("Capacity: 2 mentees")
        .contains("Timezone: Europe/London");
  }

  @Test
  void menteesMustStateGoals() {
    assertThat(problem(c.mentor("sam", "signup mentee topics:java")))
        .contains("Mentees need `goals:`");
    assertThat(members()).isZero();
  }

  @Test
  void capacityIsOnlyForMentors() {
    assertThat(problem(c.mentor("sam", "signup mentee topics:java goals:x capacity:2")))
        .contains("`capacity:` is only for mentors");
    assertThat(members()).isZero();
  }

  @Test
  void signingUpTwiceInOneRoleIsRefused() {
    c.mentor("ada", "signup mentor topics:java");
    assertThat(problem(c.mentor("ada", "signup mentor topics:go")))
        .contains("already on the roster as a mentor");
    assertThat(shown(c.mentor("ada", "profile"))).contains("Mentors in: java");
  }

  @Test
  void oneMemberCanBeMentorAndMenteeWithTopicsForEach() {
    c.mentor("ada", "signup mentor topics:java");
    String reply = shown(c.mentor("ada", "signup mentee topics:rust goals:\"learn rust\""));
    assertThat(reply)
        .contains("Roles: mentor and mentee")
        .contains("Mentors in: java")
        .contains("Wants to learn: rust");
    assertThat(problem(c.mentor("ada", "edit topics:go"))).contains("which topics");
    assertThat(shown(c.mentor("ada", "edit topics:go role:mentee")))
        .contains("Wants to learn: go")
        .contains("Mentors in: java");
  }

  @Test
  void editChangesOnlyWhatIsGiven() {
    c.mentor("ada", "signup mentor topics:java years:3");
    String reply = shown(c.mentor("ada", "edit tz:UTC+05:30 bio:\"hello there\""));
    assertThat(reply)
        .contains("Timezone: UTC+05:30")
        .contains("Bio: hello there")
        .contains("Experience: 3 years");
  }

  @Test
  void editWithoutOptionsSaysWhatToDo() {
    c.mentor("ada", "signup mentor topics:java");
    assertThat(problem(c.mentor("ada", "edit"))).contains("Tell me what to change");
  }

  @Test
  void commandsNeedingAProfileExplainHowToSignUp() {
    for (String command : new String[] {"profile", "edit years:2", "pause", "resume", "leave"}) {
      assertThat(problem(c.mentor("ghost", command))).as(command).contains("not on the roster yet");
    }
  }

  @Test
  void profileOfAnotherMemberHidesWhoBlockedTheViewer() {
    c.mentor("ada", "signup mentor topics:java");
    assertThat(shown(c.mentor("sam", "profile @ada"))).contains("Profile of ada");
    c.mentor("ada", "block @sam");
    assertThat(problem(c.mentor("sam", "profile @ada")))
        .isEqualTo(problem(c.mentor("sam", "profile @nobody")).replace("nobody", "ada"));
  }

  @Test
  void pauseAndResume() {
    c.mentor("ada", "signup mentor topics:java");
    assertThat(problem(c.mentor("ada", "resume"))).contains("not paused");
    assertThat(shown(c.mentor("ada", "pause until:2026-04-01")))
        .contains("Paused until 2026-04-01");
    assertThat(shown(c.mentor("ada", "profile"))).contains("Paused: until 2026-04-01");
    assertThat(shown(c.mentor("ada", "resume"))).contains("Welcome back");
    assertThat(shown(c.mentor("ada", "profile"))).doesNotContain("Paused");
  }

  @Test
  void pauseRefusesDatesInThePastOrTooFarAhead() {
    c.mentor("ada", "signup mentor topics:java");
    assertThat(problem(c.mentor("ada", "pause until:2020-01-01"))).contains("is in the past");
    assertThat(problem(c.mentor("ada", "pause until:2027-03-03"))).contains("at most a year ahead");
    assertThat(shown(c.mentor("ada", "profile"))).doesNotContain("Paused");
  }

  @Test
  void aDatedPauseEndsByItself() {
    c.mentor("ada", "signup mentor topics:java");
    c.mentor("ada", "pause until:" + java.time.LocalDate.now(c.clock).plusDays(2));
    assertThat(shown(c.mentor("sam", "find java"))).contains("No available mentors");
    c.clock.advance(Duration.ofDays(3));
    assertThat(shown(c.mentor("sam", "find java"))).contains("@ada".replace("@", "<@") + ">");
  }

  @Test
  void findListsFreeMentorsByFitAndHidesPausedAndBlocked() {
    c.mentor("near", "signup mentor topics:java tz:Europe/Paris");
    c.mentor("far", "signup mentor topics:java tz:Asia/Tokyo");
    c.mentor("resting", "signup mentor topics:java");
    c.mentor("resting", "pause");
    c.mentor("blocker", "signup mentor topics:java");
    c.mentor("blocker", "block @sam");
    c.mentor("sam", "signup mentee topics:java goals:x tz:Europe/Berlin");
    String found = shown(c.mentor("sam", "find Java"));
    assertThat(found)
        .contains("<@near>")
        .contains("<@far>")
        .doesNotContain("resting")
        .doesNotContain("blocker");
    assertThat(found.indexOf("<@near>")).isLessThan(found.indexOf("<@far>"));
  }

  @Test
  void findAcceptsAliasesAndSpaces() {
    c.mentor("ada", "signup mentor topics:\"machine learning\"");
    assertThat(shown(c.mentor("sam", "find ML"))).contains("<@ada>");
    assertThat(shown(c.mentor("sam", "find machine learning"))).contains("<@ada>");
  }

  @Test
  void blockAndUnblock() {
    assertThat(problem(c.mentor("sam", "block @sam"))).contains("can't block yourself");
    assertThat(shown(c.mentor("sam", "block @ada"))).contains("They are not told");
    assertThat(c.deliveries()).isEmpty();
    assertThat(shown(c.mentor("sam", "unblock @ada"))).contains("Unblocked");
    assertThat(problem(c.mentor("sam", "unblock @ada"))).contains("have not blocked");
  }

  @Test
  void leaveRemovesTheProfileButKeepsBlocks() {
    c.mentor("sam", "signup mentee topics:java goals:x");
    c.mentor("sam", "block @ada");
    assertThat(shown(c.mentor("sam", "leave"))).contains("You have left the roster");
    assertThat(members()).isZero();
    assertThat(c.count("SELECT COUNT(*) FROM member_block")).isOne();
  }

  @Test
  void forgetMeAsksThenErasesEverythingOfTheMemberOnly() {
    c.mentor("sam", "signup mentee topics:java goals:x");
    c.mentor("sam", "block @ada");
    c.mentor("ada", "signup mentor topics:java");
    c.mentor("ada", "block @sam");
    Reply ask = c.mentor("sam", "forget-me");
    String confirm = ((Reply.Shown) ask).message().buttons().get(0).actionId();
    assertThat(members()).isEqualTo(2);

    // The button is only a token: pressed by anyone else it has simply expired.
    assertThat(problem(c.press("ada", confirm))).contains("That button has expired");
    assertThat(members()).isEqualTo(2);

    assertThat(shown(c.press("sam", confirm))).contains("has been erased");
    assertThat(members()).isOne();
    assertThat(c.strings("SELECT blocker_id FROM member_block")).containsExactly("ada");
  }

  @Test
  void forgetMeConfirmationExpires() {
    c.mentor("sam", "signup mentee topics:java goals:x");
    String confirm =
        ((Reply.Shown) c.mentor("sam", "forget-me")).message().buttons().get(0).actionId();
    c.clock.advance(Duration.ofMinutes(11));
    assertThat(problem(c.press("sam", confirm))).contains("expired");
    assertThat(members()).isOne();
    assertThat(shown(c.press("sam", "forget:cancel"))).contains("Nothing was erased");
  }

  @Test
  void exportSendsTheMembersDataAsJsonInADirectMessage() {
    c.mentor("sam", "signup mentee topics:java goals:\"first job\" tz:Europe/Paris");
    c.mentor("sam", "block @troll");
    assertThat(shown(c.mentor("sam", "export"))).contains("direct message");
    var dm = c.deliveries().get(0);
    assertThat(dm.destination())
        .isEqualTo(new org.mentorbot.core.messaging.Destination.DirectMessage("sam"));
    String json =
        new String(
            dm.message().attachment().orElseThrow().content(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"goals\" : \"first job\"")
        .contains("\"timezone\" : \"Europe/Paris\"")
        .contains("troll");
  }

  @Test
  void userTextIsDefusedWhenShownToOthers() {
    c.mentor("ada", "signup mentor topics:java bio:\"contact <@U999> anytime\"");
    assertThat(shown(c.mentor("sam", "profile @ada"))).contains("<\u200B@U999>");
  }

  @Test
  void topicAutocompleteSuggestsKnownTopics() {
    c.mentor("ada", "signup mentor topics:java,javascript,go");
    var suggestions =
        c.core.commands().suggest(TestCommunity.as("sam"), "mentor", "find", "topic", "ja");
    assertThat(suggestions)
        .extracting(s -> s.value())
        .containsExactlyInAnyOrder("java", "javascript");
  }

  @Test
  void overviewShowsTheProfile() {
    c.mentor("ada", "signup mentor topics:java");
    assertThat(TestCommunity.flatten(c.core.commands().overview(TestCommunity.as("ada"))))
        .contains("mentors in java");
  }
}
