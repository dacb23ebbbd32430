package org.mentorbot.core.officehours;

import java.time.Duration;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.CalendarInvite;
import org.mentorbot.core.messaging.Message;

/**
 * "Add to calendar" under office-hours announcements and lists ({@code oh-ics:<session row id>}):
 * answers privately with the session as an iCalendar file. The UID is stable per session, so a
 * member who adds it twice still has one event.
 */
final class CalendarButton implements ActionHandler {

  static final String PREFIX = "oh-ics";

  private final Services s;

  CalendarButton(Services services) {
    this.s = services;
  }

  static Button of(Session session) {
    return Button.secondary("Add " + session.label() + " to calendar", PREFIX + ":" + session.id());
  }

  @Override
  public String prefix() {
    return PREFIX;
  }

  @Override
  public Reply press(Invocation invocation, String argument) {
    OfficeHours oh = s.oh();
    return oh.context()
        .db()
        .read(
            h -> {
              Session session = OfficeHoursFeature.sessionOfButton(h, oh, invocation, argument);
              if (session.state() != SessionState.SCHEDULED
                  && session.state() != SessionState.OPEN) {
                throw new ProblemException(
                    "Office hours " + session.label() + " are over.",
                    "See `/officehours list` for the open and coming ones.");
              }
              CalendarInvite invite = invite(invocation.community(), session, oh.now());
              return Reply.privately(
                  Message.builder(
                          "Office hours "
                              + session.label()
                              + " with "
                              + OfficeHours.mention(session.ownerId())
                              + ", "
                              + OfficeHours.when(session.startsAt())
                              + ": open the file to add it to your calendar.")
                      .attachment(invite.attachment("officehours-" + session.number() + ".ics"))
                      .build());
            });
  }

  static CalendarInvite invite(CommunityId community, Session session, java.time.Instant now) {
    return new CalendarInvite(
        CalendarInvite.uid("officehours", session.id(), community),
        0,
        session.startsAt(),
        Duration.between(session.startsAt(), session.endsAt()),
        "Office hours " + session.label() + " with " + session.ownerName(),
        "Join the queue once it opens: /queue join " + session.number() + " question:\"...\"",
        false,
        now);
  }
}
