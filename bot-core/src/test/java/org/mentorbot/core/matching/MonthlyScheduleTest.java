package org.mentorbot.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.problem;
import static org.mentorbot.core.testing.TestCommunity.shown;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.testing.TestCommunity;

class MonthlyScheduleTest {

  private final TestCommunity c = new TestCommunity(); // starts Mon 2026-03-02 09:00 UTC

  @AfterEach
  void close() {
    c.close();
  }

  private void at(String instant) {
    c.clock.set(Instant.parse(instant));
    c.core.runDueWork();
  }

  private List<String> jobs() {
    return c.strings("SELECT kind || '@' || due_at || ':' || state FROM job ORDER BY id");
  }

  @Test
  void opensSignUpDaysBeforeAndPublishesOnTheDayThenPlansNextMonth() {
    c.mentor("mod", "config announce-channel:#mentoring");
    c.mentor("ada", "signup mentor topics:java years:10");
    c.mentor("kim", "signup mentee topics:java years:2 goals:\"grow\"");
    assertThat(shown(c.run("mod", "round", "schedule day:10 time:18:00 tz:Europe/Berlin days:5")))
        .contains("matched on day 10 of every month at 18:00 Europe/Berlin")
        .contains("sign-up opens Thu 2026-03-05 18:00 Europe/Berlin")
        .contains("matches published Tue 2026-03-10 18:00 Europe/Berlin");

    at("2026-03-05T16:59:00Z");
    assertThat(c.count("SELECT COUNT(*) FROM match_round")).isZero();
    at("2026-03-05T17:00:00Z");
    assertThat(shown(c.run("kim", "round", "status")))
        .contains("Round 1 (mentorship) is open")
        .contains("Sign-up closes Tue 2026-03-10 17:00 UTC");
    c.run("ada", "round", "join");
    c.run("kim", "round", "join");

    at("2026-03-10T17:00:00Z");
    assertThat(c.strings("SELECT state FROM match_round")).containsExactly("published");
    assertThat(c.gateway.deliveredTo(new Destination.Conversation(List.of("ada", "kim"))))
        .hasSize(1);
    // April's jobs wait: open on the 5th, publish on the 10th (Berlin is on summer time by then).
    assertThat(jobs())
        .contains(
            "round-open@" + Instant.parse("2026-04-05T16:00:00Z").toEpochMilli() + ":pending",
            "round-publish@" + Instant.parse("2026-04-10T16:00:00Z").toEpochMilli() + ":pending");

    assertThat(shown(c.run("mod", "round", "schedule off"))).contains("Automatic rounds are off");
    assertThat(jobs()).noneMatch(j -> j.startsWith("round-open") && j.endsWith("pending"));
    at("2026-04-06T00:00:00Z");
    assertThat(c.count("SELECT COUNT(*) FROM match_round")).isEqualTo(1);
    assertThat(problem(c.run("mod", "round", "schedule off"))).contains("not on");
  }

  @Test
  void aScheduledRoundThatNobodyCouldBeMatchedInIsCancelled() {
    c.mentor("kim", "signup mentee topics:java years:2 goals:\"grow\"");
    c.run("mod", "round", "schedule day:3 time:12:00 days:1");
    at("2026-03-02T12:00:00Z");
    c.run("kim", "round", "join");
    at("2026-03-03T12:00:00Z");
    assertThat(c.strings("SELECT state FROM match_round")).containsExactly("cancelled");
    assertThat(c.gateway.deliveredTo(new Destination.DirectMessage("kim")))
        .last()
        .satisfies(m -> assertThat(m.text()).contains("Not enough members joined"));
  }

  @Test
  void aRoundOpenedByHandIsLeftToTheModerator() {
    c.run("mod", "round", "schedule day:3 time:12:00 days:1");
    c.run("mod", "round", "open days:10");
    at("2026-03-03T12:00:00Z");
    assertThat(c.strings("SELECT state || ':' || opened_by FROM match_round"))
        .containsExactly("open:mod");
  }

  @Test
  void changingTheScheduleReplacesThePendingOccurrence() {
    c.run("mod", "round", "schedule day:10 time:18:00");
    c.run("mod", "round", "schedule day:20 time:09:00 days:3");
    assertThat(c.strings("SELECT dedupe_key || ':' || state FROM job ORDER BY id"))
        .containsExactly(
            "round-open:" + Instant.parse("2026-03-10T18:00:00Z").toEpochMilli() + ":cancelled",
            "round-publish:" + Instant.parse("2026-03-10T18:00:00Z").toEpochMilli() + ":cancelled",
            "round-open:" + Instant.parse("2026-03-20T09:00:00Z").toEpochMilli() + ":pending",
            "round-publish:" + Instant.parse("2026-03-20T09:00:00Z").toEpochMilli() + ":pending");
    at("2026-03-10T18:00:00Z");
    assertThat(c.count("SELECT COUNT(*) FROM match_round")).isZero();
    at("2026-03-17T09:00:00Z");
    assertThat(c.strings("SELECT opened_by FROM match_round")).containsExactly("schedule");
  }

  @Test
  void scheduleNeedsADayAndATime() {
    assertThat(problem(c.run("mod", "round", "schedule day:3")))
        .contains("needs both `day:` (1-28) and `time:`");
    assertThat(problem(c.run("mod", "round", "schedule off day:3")))
        .contains("`off` takes no other options");
    assertThat(shown(c.run("mod", "round", "schedule"))).contains("Automatic rounds are off");
    assertThat(c.count("SELECT COUNT(*) FROM job")).isZero();
  }
}
