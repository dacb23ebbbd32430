package org.mentorbot.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeetingJobsPlanTest {

  private static final TimeRange MEETING =
      TimeRange.of(Instant.parse("2026-03-10T14:00:00Z"), Duration.ofMinutes(45));

  @Test
  void agendaADayBeforeReminderAnHourBeforeFollowUpAtTheEnd() {
    MeetingJobs.Plan plan = MeetingJobs.plan(MEETING, Instant.parse("2026-03-02T09:00:00Z"));

    assertThat(plan.agenda()).contains(Instant.parse("2026-03-09T14:00:00Z"));
    assertThat(plan.reminder()).contains(Instant.parse("2026-03-10T13:00:00Z"));
    assertThat(plan.followUp()).isEqualTo(Instant.parse("2026-03-10T14:45:00Z"));
  }

  @Test
  void aMeetingSetLessThanADayAheadAsksForTheAgendaAtOnce() {
    Instant now = Instant.parse("2026-03-10T08:00:00Z");

    MeetingJobs.Plan plan = MeetingJobs.plan(MEETING, now);

    assertThat(plan.agenda()).contains(now);
    assertThat(plan.reminder()).contains(Instant.parse("2026-03-10T13:00:00Z"));
  }

  @Test
  void aMeetingSetWithinTheHourGetsNeitherAgendaRequestNorReminder() {
    MeetingJobs.Plan plan = MeetingJobs.plan(MEETING, Instant.parse("2026-03-10T13:30:00Z"));

    assertThat(plan.agenda()).isEqualTo(Optional.empty());
    assertThat(plan.reminder()).isEqualTo(Optional.empty());
    assertThat(plan.followUp()).isEqualTo(MEETING.end());
  }
}
