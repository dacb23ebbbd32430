package org.mentorbot.core.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.mentorship.Mentorship;
import org.mentorbot.core.schedule.JobHandler;

/**
 * The durable jobs of a scheduled meeting, planned when it is set and again (under the new
 * sequence) when it moves: the mentee's agenda request a day before, the reminder an hour before,
 * the follow-up at its end. Payloads and dedupe keys carry the sequence, and each job checks the
 * meeting is still scheduled under that sequence, so a moved or cancelled meeting's old jobs do
 * nothing even if they were already due.
 */
final class MeetingJobs {

  static final String AGENDA = "meeting-agenda";
  static final String REMINDER = "meeting-reminder";
  static final String FOLLOW_UP = "meeting-followup";

  static final Duration AGENDA_AHEAD = Duration.ofDays(1);
  static final Duration REMINDER_AHEAD = Duration.ofHours(1);

  private final Meetings meetings;

  MeetingJobs(Meetings meetings) {
    this.meetings = meetings;
  }

  /** When each job of {@code meeting} runs, given the moment it was set. */
  record Plan(Optional<Instant> agenda, Optional<Instant> reminder, Instant followUp) {}

  /**
   * The agenda request a day ahead, or at once when the meeting is set later than that (but not in
   * its last hour); the reminder an hour ahead unless that has passed; the follow-up at the end.
   */
  static Plan plan(TimeRange when, Instant now) {
    Instant agendaAt = when.start().minus(AGENDA_AHEAD);
    Instant reminderAt = when.start().minus(REMINDER_AHEAD);
    Optional<Instant> agenda =
        agendaAt.isAfter(now)
            ? Optional.of(agendaAt)
            : reminderAt.isAfter(now) ? Optional.of(now) : Optional.empty();
    Optional<Instant> reminder =
        reminderAt.isAfter(now) ? Optional.of(reminderAt) : Optional.empty();
    return new Plan(agenda, reminder, when.end());
  }

  void plan(Handle tx, CommunityId community, Meeting meeting) {
    Plan plan = plan(meeting.when(), meetings.now());
    String payload = meeting.id() + ":" + meeting.sequence();
    plan.agenda().ifPresent(at -> schedule(tx, community, AGENDA, payload, at));
    plan.reminder().ifPresent(at -> schedule(tx, community, REMINDER, payload, at));
    schedule(tx, community, FOLLOW_UP, payload, plan.followUp());
  }

  void unplan(Handle tx, CommunityId community, Meeting meeting) {
    String payload = meeting.id() + ":" + meeting.sequence();
    for (String kind : List.of(AGENDA, REMINDER, FOLLOW_UP)) {
      meetings.context.jobs().cancel(tx, community, kind + ":" + payload);
    }
  }

  private void schedule(Handle tx, CommunityId community, String kind, String payload, Instant at) {
    meetings.context.jobs().schedule(tx, community, kind, payload, at, kind + ":" + payload);
  }

  List<JobHandler> handlers() {
    return List.of(handler(AGENDA), handler(REMINDER), handler(FOLLOW_UP));
  }

  private void run(Handle tx, CommunityId community, String kind, String payload) {
    String[] parts = payload.split(":", -1);
    long id = Long.parseLong(parts[0]);
    int sequence = Integer.parseInt(parts[1]);
    Optional<Meeting> found =
        meetings
            .store
            .find(tx, id)
            .filter(m -> m.state() == MeetingState.SCHEDULED && m.sequence() == sequence);
    if (found.isEmpty()) {
      return; // moved, cancelled or erased since
    }
    Meeting meeting = found.get();
    Optional<Mentorship> mentorship = meetings.mentorships.store().find(tx, meeting.mentorshipId());
    if (mentorship.isEmpty() || !mentorship.get().running()) {
      return;
    }
    Mentorship m = mentorship.get();
    String key = kind + ":" + payload;
    if (!kind.equals(FOLLOW_UP) && !meeting.start().isAfter(meetings.now())) {
      return; // ran late (downtime): a reminder for a meeting that has begun helps nobody
    }
    switch (kind) {
      case AGENDA -> {
        if (meetings.store.agenda(tx, meeting.id()).isPresent()) {
          return; // already sent (a moved meeting keeps its agenda): asking again is noise
        }
        // A pair's mentee prepares; circles have no mentee, so no one is singled out.
        m.menteeId()
            .ifPresent(
                mentee ->
                    meetings.dm(
                        tx,
                        community,
                        mentee,
                        MeetingMessages.agendaRequest(meeting, m, mentee),
                        key + ":" + mentee));
      }
      case REMINDER -> {
        Optional<String> agenda = meetings.store.agenda(tx, meeting.id());
        for (String member : m.memberIds()) {
          meetings.dm(
              tx,
              community,
              member,
              MeetingMessages.reminder(meeting, m, member, agenda),
              key + ":" + member);
        }
      }
      default -> {
        for (String member : m.memberIds()) {
          meetings.dm(
              tx,
              community,
              member,
              MeetingMessages.followUp(meeting, m, member),
              key + ":" + member);
        }
      }
    }
  }

  private JobHandler handler(String kind) {
    return new JobHandler() {
      @Override
      public String kind() {
        return kind;
      }

      @Override
      public void run(Handle tx, CommunityId community, String payload, Instant dueAt) {
        MeetingJobs.this.run(tx, community, kind, payload);
      }
    };
  }
}
