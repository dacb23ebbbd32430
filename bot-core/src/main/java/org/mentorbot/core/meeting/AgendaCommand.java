package org.mentorbot.core.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.mentorship.Mentorship;
import org.mentorbot.core.messaging.TimeTokens;
import org.mentorbot.core.text.SafeText;

/**
 * {@code /mentor agenda text:"..." [meeting:N]}: the mentee's agenda for their next (or the named)
 * set meeting. It goes to the mentor at once, in a DM, and with the reminder an hour before; nobody
 * else ever sees it. In a circle any member may share one with the others. A second agenda for the
 * same meeting replaces the first.
 */
final class AgendaCommand implements CommandHandler {

  private final Meetings meetings;

  AgendaCommand(Meetings meetings) {
    this.meetings = meetings;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("mentor", "agenda");
  }

  @Override
  public Reply handle(CommandRequest request) {
    String self = request.actor().userId();
    String raw = request.options().text("text").orElseThrow().strip();
    Optional<Integer> number = request.options().integer("meeting");
    if (SafeText.hasMassMention(raw)) {
      throw new ProblemException(
          "An agenda can't ping everyone.", "Remove @everyone, @here or group mentions.");
    }
    String text = SafeText.clip(SafeText.of(raw), Meetings.AGENDA_LIMIT);
    return meetings
        .context
        .db()
        .write(
            tx -> {
              long c = meetings.context.communities().idOf(tx, request.community());
              Instant now = meetings.now();
              Meeting meeting;
              if (number.isPresent()) {
                meeting = meetings.requireOwn(tx, c, number.get(), self);
              } else {
                List<Meeting> set =
                    meetings.store.openOf(tx, c, self, now).stream()
                        .filter(m -> m.state() == MeetingState.SCHEDULED)
                        .toList();
                if (set.isEmpty()) {
                  throw new ProblemException(
                      "You have no meeting set to share an agenda for.",
                      "Plan one with `/mentor meet @partner when:\"YYYY-MM-DD HH:MM\"`.");
                }
                meeting = set.get(0);
              }
              if (meeting.state() != MeetingState.SCHEDULED || !meeting.start().isAfter(now)) {
                throw new ProblemException(
                    "Meeting #" + meeting.id() + " is not coming up.",
                    "`/mentor meetings` lists the ones that are.");
              }
              Mentorship m = meetings.mentorshipOf(tx, meeting);
              if (m.mentorId().equals(Optional.of(self))) {
                throw new ProblemException(
                    "The agenda is the mentee's: they say what they want from the meeting.",
                    "You'll receive it here when they share it.");
              }
              meetings.store.saveAgenda(tx, meeting.id(), c, self, text, now);
              List<String> readers = m.mentorId().map(List::of).orElse(m.othersOf(self));
              for (String reader : readers) {
                meetings.dm(
                    tx,
                    request.community(),
                    reader,
                    MeetingMessages.agendaForMentor(meeting, self, text),
                    "meeting-agenda-text:"
                        + meeting.id()
                        + ":"
                        + reader
                        + ":"
                        + now.toEpochMilli());
              }
              return Reply.privately(
                  "Thanks! "
                      + (m.mentorId().isPresent() ? "Your mentor" : "Your circle")
                      + " has your agenda for meeting #"
                      + meeting.id()
                      + " ("
                      + TimeTokens.at(meeting.start())
                      + ").");
            });
  }
}
