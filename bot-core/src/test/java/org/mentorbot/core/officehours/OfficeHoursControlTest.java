package org.mentorbot.core.officehours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.officehours.OfficeHoursFixture.dmsTo;
import static org.mentorbot.core.officehours.OfficeHoursFixture.postsIn;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.messaging.Message;

/**
 * A mentor controls their office hours: stop a weekly rule, skip one date, pause a queue, and a
 * paused mentor's sessions are suspended. The clock starts Monday 2 March 2026 09:00 UTC.
 */
class OfficeHoursControlTest {

  private OfficeHoursFixture f;

  @BeforeEach
  void setUp() {
    f = new OfficeHoursFixture();
    f.mentor("alice", "java");
    f.announceIn("general");
    f.say("alice", "officehours schedule wednesday time:18:00 minutes:60");
    f.deliver();
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  private void at(String instant) {
    f.clock.set(Instant.parse(instant));
  }

  @Test
  void scheduleOffStopsTheRuleAndCallsOffThePlannedSessionAnnounced() {
    assertThat(f.say("alice", "officehours schedule off wednesday"))
        .isEqualTo(
            "Stopped your weekly office hours on Wednesdays. Called off the planned #1. Sessions"
                + " you open by hand are not affected.");
    assertThat(postsIn(f.deliver(), "general"))
        .extracting(Message::text)
        .containsExactly("Office hours #1 with <@alice> (Wed 4 Mar 18:00 UTC) are called off.");
    at("2026-03-12T00:00:00Z");
    assertThat(f.deliver()).isEmpty();
    assertThat(f.say("alice", "officehours list")).doesNotContain("every Wednesday");
    assertThat(f.say("alice", "officehours schedule off"))
        .startsWith("PROBLEM: You have no weekly office hours.");
  }

  @Test
  void scheduleNeedsATimeAndALengthUnlessItIsOff() {
    assertThat(f.say("alice", "officehours schedule friday"))
        .startsWith("PROBLEM: Weekly office hours need `time:` (HH:MM) and `minutes:`.");
    assertThat(f.say("alice", "officehours schedule off friday time:10:00"))
        .startsWith("PROBLEM: `off` stops weekly office hours and takes no time or length.");
    assertThat(f.say("alice", "officehours schedule off friday"))
        .startsWith("PROBLEM: You have no weekly office hours on Fridays.");
  }

  @Test
  void skippingTheNextDateCallsItOffAnnouncedAndPlansTheWeekAfter() {
    assertThat(f.say("alice", "officehours skip 2026-03-04"))
        .isEqualTo(
            "Skipped your office hours on Wednesday 2026-03-04 (#1 is called off and announced)."
                + " The next is #2 on Wed 11 Mar 18:00 UTC.");
    assertThat(postsIn(f.deliver(), "general"))
        .extracting(Message::text)
        .containsExactly(
            "Office hours #1 with <@alice> (Wed 4 Mar 18:00 UTC) are called off. The next is #2"
                + " on Wed 11 Mar 18:00 UTC.");
    at("2026-03-04T18:00:00Z");
    assertThat(postsIn(f.deliver(), "general")).isEmpty();
    at("2026-03-11T18:00:00Z");
    assertThat(postsIn(f.deliver(), "general"))
        .extracting(Message::text)
        .anyMatch(t -> t.contains("holding office hours #2 now"));
  }

  @Test
  void aDateWeeksAheadIsSkippedWhenItsTurnComes() {
    assertThat(f.say("alice", "officehours skip 2026-03-11")).endsWith("The weekly rule stays.");
    at("2026-03-04T18:00:00Z");
    f.deliver();
    assertThat(f.say("bob", "officehours list")).contains("Wed 18 Mar").doesNotContain("11 Mar");
    assertThat(f.say("alice", "officehours skip 2026-03-05"))
        .startsWith("PROBLEM: You have no weekly office hours on Thursdays");
    assertThat(f.say("alice", "officehours skip 2026-02-25")).contains("2026-02-25 has passed");
  }

  @Test
  void aPausedQueueRefusesNewJoinsButKeepsServingThoseWaiting() {
    f.say("alice", "officehours open minutes:60");
    f.say("bob", "queue join question:\"records?\"");
    assertThat(f.say("alice", "officehours pause"))
        .startsWith(
            "The queue of #2 is paused: nobody new can join. The 1 person waiting is still");
    assertThat(f.say("cat", "queue join 2 question:\"streams?\""))
        .startsWith("PROBLEM: Office hours #2 are not taking new people right now");
    assertThat(f.say("alice", "officehours next")).contains("bob");
    assertThat(f.say("alice", "officehours pause"))
        .startsWith("PROBLEM: The queue of #2 is already paused.");
    assertThat(f.say("alice", "officehours resume")).contains("is open again");
    assertThat(f.say("cat", "queue join 2 question:\"streams?\"")).doesNotStartWith("PROBLEM");
  }

  @Test
  void aPausedMentorsScheduledSessionIsSuspendedUntilTheyResume() {
    f.say("alice", "mentor pause");
    at("2026-03-03T18:00:00Z");
    assertThat(postsIn(f.deliver(), "general")).isEmpty(); // no "coming up tomorrow"
    at("2026-03-04T18:00:00Z");
    var out = f.deliver();
    assertThat(dmsTo(out, "alice"))
        .singleElement()
        .asString()
        .startsWith("Your scheduled office hours #1 did not open because you are paused");
    assertThat(postsIn(out, "general"))
        .extracting(Message::text)
        .containsExactly(
            "Office hours #1 with <@alice> (Wed 4 Mar 18:00 UTC) are not taking place. The next"
                + " is #2 on Wed 11 Mar 18:00 UTC.");
    f.say("alice", "mentor resume");
    at("2026-03-11T18:00:00Z");
    assertThat(postsIn(f.deliver(), "general"))
        .extracting(Message::text)
        .anyMatch(t -> t.contains("holding office hours #2 now"));
  }
}
