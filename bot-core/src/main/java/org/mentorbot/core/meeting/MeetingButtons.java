package org.mentorbot.core.meeting;

import java.time.Duration;
import java.time.Instant;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.mentorship.Mentorship;
import org.mentorbot.core.messaging.Message;

/**
 * The meeting buttons: {@code meet:offer:<mentorship>:<epoch seconds>} (propose a shared window),
 * {@code meet:accept:<meeting>}, {@code meet:other:<meeting>} (another time), {@code
 * meet:cancel:<meeting>} and {@code meet:ics:<meeting>} (the calendar file again). Only the
 * mentorship's members may press them.
 */
final class MeetingButtons implements ActionHandler {

  static final String PREFIX = "meet";

  private final Meetings meetings;

  MeetingButtons(Meetings meetings) {
    this.meetings = meetings;
  }

  @Override
  public String prefix() {
    return PREFIX;
  }

  @Override
  public Reply press(Invocation invocation, String argument) {
    String[] parts = argument.split(":", -1);
    boolean offer = parts.length == 3 && parts[0].equals("offer");
    if (!(offer || parts.length == 2)
        || !parts[1].matches("\\d{1,18}")
        || (offer && !parts[2].matches("\\d{1,12}"))) {
      throw unknown();
    }
    String self = invocation.actor().userId();
    long id = Long.parseLong(parts[1]);
    return meetings
        .context
        .db()
        .write(
            tx -> {
              long c = meetings.context.communities().idOf(tx, invocation.community());
              if (offer) {
                Mentorship m =
                    meetings
                        .mentorships
                        .store()
                        .find(tx, id)
                        .filter(x -> x.communityId() == c && x.involves(self))
                        .orElseThrow(
                            () ->
                                new ProblemException(
                                    "Only the members of this mentorship can propose its times.",
                                    "Use the buttons in your own intro, or `/mentor meet`."));
                TimeRange when =
                    TimeRange.of(
                        Instant.ofEpochSecond(Long.parseLong(parts[2])),
                        Duration.ofMinutes(Meetings.DEFAULT_MINUTES));
                Meeting meeting =
                    meetings.propose(tx, invocation.community(), m, self, when, false);
                return Reply.privately(
                    "Proposed meeting #"
                        + meeting.id()
                        + ": "
                        + MeetingMessages.when(when)
                        + ". I'll tell you when "
                        + m.withWhom(self)
                        + " answers.");
              }
              Meeting meeting = meetings.requireOwn(tx, c, id, self);
              return switch (parts[0]) {
                case "accept" ->
                    Reply.privately(meetings.accept(tx, invocation.community(), meeting, self));
                case "other" ->
                    Reply.privately(meetings.decline(tx, invocation.community(), meeting, self));
                case "cancel" ->
                    Reply.privately(meetings.cancel(tx, invocation.community(), meeting, self, ""));
                case "ics" -> calendarFile(tx, invocation, meeting);
                default -> throw unknown();
              };
            });
  }

  private Reply calendarFile(org.jdbi.v3.core.Handle h, Invocation invocation, Meeting meeting) {
    if (meeting.state() != MeetingState.SCHEDULED) {
      throw new ProblemException(
          "Meeting #" + meeting.id() + " is " + Meetings.describeState(meeting) + ".",
          "Calendar files come with set meetings.");
    }
    Mentorship m = meetings.mentorshipOf(h, meeting);
    return Reply.privately(
        Message.builder("Meeting #" + meeting.id() + ": " + MeetingMessages.when(meeting.when()))
            .attachment(
                meetings
                    .invite(h, invocation.community(), meeting, m)
                    .attachment(Meetings.fileName(meeting)))
            .build());
  }

  private static ProblemException unknown() {
    return new ProblemException(
        "That meeting button is not one I know.", "`/mentor meetings` lists your meetings.");
  }
}
