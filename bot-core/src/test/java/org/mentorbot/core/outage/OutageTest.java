package org.mentorbot.core.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.shown;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorbot.core.testing.TestCommunity;

/**
 * The bot goes down (its core is closed) and comes back later on the same SQLite file, with the
 * clock at the return. Every recurring schedule resumes; notices that make no sense any more are
 * dropped; the moderators hear what happened. The clock starts Monday 2026-03-02 09:00 UTC.
 */
class OutageTest {

  @TempDir Path dir;
  private Outage o;

  @BeforeEach
  void community() {
    o = new Outage(dir);
    TestCommunity c = o.community();
    c.mentor("mod", "config announce-channel:#mentoring mod-channel:#mods");
    c.mentor("ada", "signup mentor topics:java years:10 tz:UTC");
    c.mentor("kim", "signup mentee topics:java years:2 goals:\"grow\" tz:UTC");
    o.received();
  }

  @AfterEach
  void close() {
    o.close();
  }

  private TestCommunity c() {
    return o.community();
  }

  private void monthlyRounds() {
    shown(c().run("mod", "round", "schedule day:10 time:18:00 days:5"));
  }

  @Test
  void downAcrossSignUpOpenOpensTheRoundOnReturnAndClosesItAsPlanned() {
    monthlyRounds();
    o.runUntil("2026-03-05T12:00:00Z");
    o.down();
    o.backAt("2026-03-06T09:00:00Z");

    assertThat(o.received())
        .containsExactly(
            "#mentoring: Round 1 is open — mentorship round | Mentors and mentees on the roster:"
                + " join to be matched. Sign-up closes Tue 2026-03-10 18:00 UTC. Press Join or run"
                + " `/round join`; not on the roster yet? Start with `/mentor signup`.",
            "#mods: Round 1 opened late | I was offline when round sign-up was due to open (Thu"
                + " 2026-03-05 18:00 UTC). Round 1 opened now; sign-up still closes as planned,"
                + " Tue 2026-03-10 18:00 UTC, and matches are published then. The next scheduled"
                + " round opens Sun 2026-04-05 18:00 UTC.");
    c().run("ada", "round", "join");
    c().run("kim", "round", "join");
    o.received();
    o.runUntil("2026-03-10T18:00:00Z");
    assertThat(o.received()).anyMatch(m -> m.startsWith("@ada @kim: Meet your match — round 1"));
  }

  @Test
  void downAcrossTheWholeSignUpWindowOpensAMakeUpRoundWithAFullWindow() {
    monthlyRounds();
    o.runUntil("2026-03-05T12:00:00Z");
    o.down();
    o.backAt("2026-03-12T09:00:00Z");

    assertThat(o.received())
        .containsExactly(
            "#mentoring: Round 1 is open — mentorship round | Mentors and mentees on the roster:"
                + " join to be matched. Sign-up closes Tue 2026-03-17 09:00 UTC. Press Join or run"
                + " `/round join`; not on the roster yet? Start with `/mentor signup`.",
            "#mods: Round 1 opened late | I was offline when round sign-up was due to open (Thu"
                + " 2026-03-05 18:00 UTC). So round 1 opened now with the full 5-day sign-up: it"
                + " closes Tue 2026-03-17 09:00 UTC, and matches are published then. The next"
                + " scheduled round opens Sun 2026-04-05 18:00 UTC.");
    assertThat(shown(c().run("mod", "round", "schedule")))
        .contains("Next: sign-up opens Sun 2026-04-05 18:00 UTC");
    c().run("ada", "round", "join");
    c().run("kim", "round", "join");
    o.runUntil("2026-03-17T08:59:00Z");
    assertThat(c().strings("SELECT state FROM match_round")).containsExactly("open");
    o.runUntil("2026-03-17T09:00:00Z");
    assertThat(c().strings("SELECT state FROM match_round")).containsExactly("published");
    o.runUntil("2026-04-05T18:00:00Z");
    assertThat(c().count("SELECT COUNT(*) FROM match_round WHERE state = 'open'")).isEqualTo(1);
  }

  @Test
  void downAcrossSignUpCloseAndPublishPublishesOnReturnAndTellsTheModerators() {
    monthlyRounds();
    o.runUntil("2026-03-05T18:00:00Z");
    c().run("ada", "round", "join");
    c().run("kim", "round", "join");
    o.runUntil("2026-03-10T12:00:00Z");
    o.down();
    o.backAt("2026-03-11T08:00:00Z");

    assertThat(o.received())
        .anyMatch(m -> m.startsWith("@ada @kim: Meet your match — round 1"))
        .contains(
            "#mods: I was offline when round 1 was due to be published (Tue 2026-03-10 18:00"
                + " UTC), so that happened just now, when I came back.");
    assertThat(shown(c().run("mod", "round", "schedule")))
        .contains("Next: sign-up opens Sun 2026-04-05 18:00 UTC");
  }

  @Test
  void downAcrossAnOfficeHoursStartDropsStaleNoticesAndPlansTheNext() {
    c().run("ada", "officehours", "schedule wednesday time:18:00 minutes:60");
    o.runUntil("2026-03-03T12:00:00Z");
    o.down();
    o.backAt("2026-03-04T18:30:00Z");

    assertThat(o.received())
        .containsExactly(
            "@ada: Your scheduled office hours #1 did not open because I was offline at its start"
                + " time. The next is #2 on <t:1773252000:f>.",
            "#mentoring: Office hours #1 with <@ada> (<t:1772647200:f>) are not taking place."
                + " The next is #2 on <t:1773252000:f>.");
    o.runUntil("2026-03-10T18:00:00Z");
    assertThat(o.received()).singleElement().asString().contains("#2 tomorrow, <t:1773252000:f>");
    o.runUntil("2026-03-11T18:00:00Z");
    assertThat(o.received()).anyMatch(m -> m.contains("is holding office hours #2 now"));
  }

  @Test
  void aShortBlipAtAnOfficeHoursStartStillOpensItButDropsTheFifteenMinuteNotice() {
    c().run("ada", "officehours", "schedule wednesday time:18:00 minutes:60");
    o.runUntil("2026-03-04T17:40:00Z");
    o.down();
    o.backAt("2026-03-04T18:05:00Z");

    assertThat(o.received())
        .noneMatch(m -> m.contains("in 15 minutes"))
        .anyMatch(m -> m.startsWith("#mentoring: Office hours are open"));
  }

  @Test
  void downForThreeMonthsResumesEveryScheduleAndSendsNoBurst() {
    monthlyRounds();
    c().run("ada", "officehours", "schedule wednesday time:18:00 minutes:60");
    o.runUntil("2026-03-05T18:00:00Z");
    c().run("ada", "round", "join");
    c().run("kim", "round", "join");
    o.runUntil("2026-03-10T18:00:00Z");
    o.runUntil("2026-03-11T09:00:00Z");
    o.down();
    o.backAt("2026-06-03T09:00:00Z");

    var back = o.received();
    assertThat(back)
        .contains(
            "#mods: A scheduled round was missed | I was offline when round sign-up was due to"
                + " open (Tue 2026-05-05 18:00 UTC); 1 earlier month's round was missed too. A"
                + " full 5-day sign-up from now would run into the next round, so none opens this"
                + " month; the next scheduled round opens Fri 2026-06-05 18:00 UTC as planned."
                + " `/round open` starts one by hand now.",
            "@ada: Your scheduled office hours #2 did not open because I was offline at its start"
                + " time. The next is #3 on <t:1780509600:f>.")
        .noneMatch(m -> m.contains("coming up"))
        .noneMatch(m -> m.contains("Round 2 is open"));
    assertThat(back.stream().filter(m -> m.startsWith("@kim:"))).hasSizeLessThanOrEqualTo(1);
    assertThat(back.stream().filter(m -> m.startsWith("@ada:") && m.contains("check")))
        .hasSizeLessThanOrEqualTo(1);
    assertThat(c().count("SELECT COUNT(*) FROM job WHERE state = 'failed'")).isZero();
    assertThat(shown(c().run("mod", "round", "schedule")))
        .contains("Next: sign-up opens Fri 2026-06-05 18:00 UTC");

    o.runUntil("2026-06-03T18:00:00Z");
    assertThat(o.received()).anyMatch(m -> m.contains("is holding office hours #3 now"));
    o.runUntil("2026-06-05T18:00:00Z");
    assertThat(o.received()).anyMatch(m -> m.startsWith("#mentoring: Round 2 is open"));
  }

  @Test
  void aJobThatKeepsFailingAlertsTheModeratorsOnceWithWhatFailed() {
    c().db
        .writeVoid(
            h ->
                h.execute(
                    "INSERT INTO job (community_id, kind, payload, dedupe_key, due_at, created_at)"
                        + " VALUES (1, 'round-open', 'not-a-time', 'broken', 0, 0)"));
    for (String at : new String[] {"10:00", "11:00", "12:00", "13:00", "20:00"}) {
      o.runUntil("2026-03-02T" + at + ":00Z"); // retried each time: backoff is seconds at first
    }
    o.runUntil("2026-03-03T12:00:00Z"); // more failures, until it is given up: still one alert

    assertThat(c().strings("SELECT state FROM job WHERE dedupe_key = 'broken'"))
        .containsExactly("pending");
    assertThat(o.received())
        .singleElement()
        .asString()
        .startsWith(
            "#mods: A scheduled job keeps failing | Scheduled work is failing: opening a"
                + " scheduled round, due Thu 1970-01-01 00:00 UTC, failed 3 times. Last error:"
                + " NumberFormatException");
  }
}
