package org.mentorbot.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedHoursTest {

  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final ZoneId HONOLULU = ZoneId.of("Pacific/Honolulu");
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

  private final SharedHours nineToEight = new SharedHours(LocalTime.of(9, 0), LocalTime.of(20, 0));

  private static TimeRange range(String start, String end) {
    return new TimeRange(Instant.parse(start), Instant.parse(end));
  }

  @Test
  void londonAndTorontoShareTheLondonAfternoon() {
    List<TimeRange> shared =
        nineToEight.overlap(
            List.of(LONDON, TORONTO), range("2026-12-01T00:00:00Z", "2026-12-02T00:00:00Z"));

    // London 09-20 UTC (GMT), Toronto 09-20 EST = 14-01 UTC: 14:00-20:00 UTC.
    assertThat(shared).containsExactly(range("2026-12-01T14:00:00Z", "2026-12-01T20:00:00Z"));
  }

  @Test
  void aSharedWindowThatCrossesMidnightUtcStaysOneWindow() {
    List<TimeRange> shared =
        nineToEight.overlap(
            List.of(LONDON, TOKYO), range("2026-12-01T00:00:00Z", "2026-12-03T00:00:00Z"));

    // Tokyo 09-20 JST = 00-11 UTC; London 09-20 UTC: 09:00-11:00 UTC each day.
    assertThat(shared)
        .containsExactly(
            range("2026-12-01T09:00:00Z", "2026-12-01T11:00:00Z"),
            range("2026-12-02T09:00:00Z", "2026-12-02T11:00:00Z"));
    // Los Angeles and Tokyo: LA 09-20 PST = 17-04 UTC, Tokyo 00-11 UTC: 00:00-04:00 UTC, i.e.
    // LA's late afternoon of one date and Tokyo's morning of the next.
    assertThat(
            nineToEight.overlap(
                List.of(LOS_ANGELES, TOKYO), range("2026-12-01T12:00:00Z", "2026-12-02T12:00:00Z")))
        .containsExactly(range("2026-12-02T00:00:00Z", "2026-12-02T04:00:00Z"));
  }

  @Test
  void sydneyAndLosAngelesGainAnHourWhenLosAngelesLeavesSummerTime() {
    // Los Angeles falls back from UTC-7 to UTC-8 on Sunday 1 Nov 2026 at 02:00; Sydney is on
    // summer time (UTC+11) all that week.
    List<TimeRange> shared =
        nineToEight.overlap(
            List.of(SYDNEY, LOS_ANGELES), range("2026-10-30T00:00:00Z", "2026-11-03T00:00:00Z"));

    assertThat(shared)
        .containsExactly(
            // LA Thu 29 Oct 15:00-20:00 PDT = Sydney Fri 30 Oct 09:00-14:00 AEDT
            range("2026-10-30T00:00:00Z", "2026-10-30T03:00:00Z"),
            // LA Fri 30 Oct 15:00-20:00 PDT = Sydney Sat 31 Oct 09:00-14:00
            range("2026-10-30T22:00:00Z", "2026-10-31T03:00:00Z"),
            // LA Sat 31 Oct 15:00-20:00 PDT = Sydney Sun 1 Nov 09:00-14:00
            range("2026-10-31T22:00:00Z", "2026-11-01T03:00:00Z"),
            // LA Sun 1 Nov 14:00-20:00 PST (after the change) = Sydney Mon 2 Nov 09:00-15:00
            range("2026-11-01T22:00:00Z", "2026-11-02T04:00:00Z"),
            range("2026-11-02T22:00:00Z", "2026-11-03T00:00:00Z"));
    assertThat(shared.get(2).length()).isEqualTo(Duration.ofHours(5));
    assertThat(shared.get(3).length()).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void sydneyLeavingSummerTimeShiftsTheWindowByAnHourInUtc() {
    // Sydney falls back from UTC+11 to UTC+10 on Sunday 5 Apr 2026 at 03:00; LA is on PDT (UTC-7).
    List<TimeRange> shared =
        nineToEight.overlap(
            List.of(SYDNEY, LOS_ANGELES), range("2026-04-03T12:00:00Z", "2026-04-06T12:00:00Z"));

    assertThat(shared)
        .containsExactly(
            // Sydney Sat 4 Apr 09:00-14:00 AEDT = LA Fri 3 Apr 15:00-20:00 PDT
            range("2026-04-03T22:00:00Z", "2026-04-04T03:00:00Z"),
            // Sydney Sun 5 Apr 09:00-13:00 AEST = LA Sat 4 Apr 16:00-20:00 PDT: an hour less
            range("2026-04-04T23:00:00Z", "2026-04-05T03:00:00Z"),
            range("2026-04-05T23:00:00Z", "2026-04-06T03:00:00Z"));
  }

  @Test
  void membersWhoseDaysNeverMeetShareNothing() {
    SharedHours office = new SharedHours(LocalTime.of(9, 0), LocalTime.of(17, 0));

    // Honolulu 09-17 HST = 19-03 UTC; Kolkata 09-17 IST = 03:30-11:30 UTC.
    assertThat(
            office.overlap(
                List.of(HONOLULU, KOLKATA), range("2026-12-01T00:00:00Z", "2026-12-08T00:00:00Z")))
        .isEmpty();
    assertThat(
            office.offer(
                List.of(HONOLULU, KOLKATA),
                Instant.parse("2026-12-01T00:00:00Z"),
                Duration.ofDays(7),
                Duration.ofMinutes(45),
                3))
        .isEmpty();
  }

  @Test
  void aCircleSharesOnlyWhatAllOfItsMembersShare() {
    List<TimeRange> shared =
        nineToEight.overlap(
            List.of(LONDON, TORONTO, ZoneId.of("Europe/Berlin")),
            range("2026-12-01T00:00:00Z", "2026-12-02T00:00:00Z"));

    // Berlin 09-20 CET = 08-19 UTC cuts the London/Toronto window at 19:00 UTC.
    assertThat(shared).containsExactly(range("2026-12-01T14:00:00Z", "2026-12-01T19:00:00Z"));
  }

  @Test
  void offersThreeWindowsSpreadOverTheWeekStartingAfterTheLead() {
    Instant now = Instant.parse("2026-12-01T13:10:00Z");

    List<TimeRange> offered =
        nineToEight.offer(
            List.of(LONDON, TORONTO), now, Duration.ofDays(7), Duration.ofMinutes(45), 3);

    assertThat(offered)
        .containsExactly(
            // today's window, from the next half hour two hours on
            range("2026-12-01T15:30:00Z", "2026-12-01T20:00:00Z"),
            range("2026-12-03T14:00:00Z", "2026-12-03T20:00:00Z"),
            range("2026-12-05T14:00:00Z", "2026-12-05T20:00:00Z"));
  }

  @Test
  void windowsTooShortForTheMeetingAreNotOffered() {
    Instant now = Instant.parse("2026-12-01T17:50:00Z");

    List<TimeRange> offered =
        nineToEight.offer(
            List.of(LONDON, TORONTO),
            now,
            Duration.ofMinutes(68 * 60 + 40),
            Duration.ofHours(1),
            3);

    // Today's window is over once the lead has passed, and the horizon (Fri 4 Dec 14:30) leaves
    // only half an hour of the last one: too short for an hour's meeting.
    assertThat(offered)
        .containsExactly(
            range("2026-12-02T14:00:00Z", "2026-12-02T20:00:00Z"),
            range("2026-12-03T14:00:00Z", "2026-12-03T20:00:00Z"));
  }

  @Test
  void aMeetingIsInDaytimeOnlyWhenItFitsWhollyInOneLocalDay() {
    TimeRange evening = TimeRange.of(Instant.parse("2026-12-01T19:30:00Z"), Duration.ofMinutes(45));

    assertThat(nineToEight.inDaytime(TORONTO, evening)).isTrue();
    assertThat(nineToEight.inDaytime(LONDON, evening)).isFalse(); // ends 20:15 in London
    assertThat(
            nineToEight.inDaytime(
                LONDON, TimeRange.of(Instant.parse("2026-12-01T19:00:00Z"), Duration.ofHours(1))))
        .isTrue();
  }

  @Test
  void roundsUpToTheNextHalfHour() {
    assertThat(SharedHours.roundUp(Instant.parse("2026-12-01T15:00:00Z")))
        .isEqualTo(Instant.parse("2026-12-01T15:00:00Z"));
    assertThat(SharedHours.roundUp(Instant.parse("2026-12-01T15:00:01Z")))
        .isEqualTo(Instant.parse("2026-12-01T15:30:00Z"));
  }
}
