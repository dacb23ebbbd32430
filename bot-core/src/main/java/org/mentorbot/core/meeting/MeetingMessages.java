package org.mentorbot.core.meeting;

import java.util.Optional;
import org.mentorbot.core.mentorship.Mentorship;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.messaging.TimeTokens;

/**
 * The texts members read about meetings. Times are {@link TimeTokens}, so each reader sees them in
 * their own zone on every platform.
 */
final class MeetingMessages {

  private MeetingMessages() {}

  static String at(String userId) {
    return "<@" + userId + ">";
  }

  /** {@code Thu 10 Dec 18:00 (in 3 days), 45 minutes}, as tokens. */
  static String when(TimeRange when) {
    return TimeTokens.at(when.start())
        + " ("
        + TimeTokens.relative(when.start())
        + "), "
        + when.length().toMinutes()
        + " minutes";
  }

  static Message proposal(Meeting meeting, Mentorship mentorship, String by, String to) {
    Message.Builder b =
        Message.builder(
                at(by)
                    + " proposes a meeting: "
                    + when(meeting.when())
                    + "."
                    + (mentorship.circle()
                        ? " The first of the circle to accept sets it for everyone."
                        : ""))
            .title("Meeting #" + meeting.id() + " proposed")
            .mention(to);
    Meetings.answerButtons(meeting).forEach(b::button);
    return b.build();
  }

  static Message moveProposal(Meeting meeting, Mentorship mentorship, String by, String to) {
    Meeting.Move move = meeting.move().orElseThrow();
    return Message.builder(
            at(by)
                + " would like to move meeting #"
                + meeting.id()
                + " from "
                + TimeTokens.at(meeting.start())
                + " to "
                + when(move.when())
                + ". Until you accept, the old time stands.")
        .title("Move meeting #" + meeting.id() + "?")
        .mention(to)
        .button(Button.primary("Accept", MeetingButtons.PREFIX + ":accept:" + meeting.id()))
        .button(
            Button.secondary("Keep the old time", MeetingButtons.PREFIX + ":other:" + meeting.id()))
        .build();
  }

  static Message declined(Meeting meeting, String by) {
    return Message.of(
        at(by)
            + " can't make "
            + TimeTokens.at(meeting.move().map(Meeting.Move::when).orElse(meeting.when()).start())
            + " (meeting #"
            + meeting.id()
            + ") and would like another time. Propose one with `/mentor meet "
            + at(by)
            + " when:\"YYYY-MM-DD HH:MM\"`; `/mentor meetings` shows your shared hours.");
  }

  /** The invite DM: the time, who, and what the file is for. */
  static Message.Builder invite(
      Meeting meeting, Mentorship mentorship, String to, String acceptedBy) {
    boolean update = meeting.sequence() > 0;
    String text =
        (update
                ? "Meeting #" + meeting.id() + " has moved: "
                : "Meeting #" + meeting.id() + " is set: ")
            + when(meeting.when())
            + ", with "
            + mentorship.withWhom(to)
            + ". The calendar file "
            + (update ? "updates the event you added." : "adds it to your calendar.")
            + " I'll remind you an hour before"
            + (mentorship.menteeId().equals(Optional.of(to))
                ? "; a day before, I'll ask what you'd like from it."
                : ".");
    return Message.builder(text)
        .title(update ? "Meeting moved" : "Meeting set")
        .button(Button.danger("Cancel meeting", MeetingButtons.PREFIX + ":cancel:" + meeting.id()));
  }

  static String setReply(Meeting meeting, Mentorship mentorship, String userId) {
    return "Done: meeting #"
        + meeting.id()
        + " with "
        + mentorship.withWhom(userId)
        + " is "
        + TimeTokens.at(meeting.start())
        + ". Everyone gets a calendar file.";
  }

  static String cancelledText(
      Meeting meeting, Mentorship mentorship, String by, String to, String why) {
    String who = by.isEmpty() ? "" : by.equals(to) ? "You cancelled" : at(by) + " cancelled";
    String reason = why.isEmpty() ? "" : " (" + why + ")";
    String head =
        who.isEmpty()
            ? "Meeting #" + meeting.id() + " is cancelled" + reason
            : who + " meeting #" + meeting.id() + reason;
    // "@sam cancelled ... with @sam" says the partner twice; a circle still names who was in it.
    boolean partnerNamed = !by.isEmpty() && !by.equals(to) && !mentorship.circle();
    return head
        + ": "
        + TimeTokens.at(meeting.start())
        + (partnerNamed ? "" : " with " + mentorship.withWhom(to))
        + (meeting.sequence() > 0 ? ". The calendar file removes it from your calendar." : ".");
  }

  static Message agendaRequest(Meeting meeting, Mentorship mentorship, String mentee) {
    return Message.builder(
            "Your meeting with "
                + mentorship.withWhom(mentee)
                + " is "
                + TimeTokens.relative(meeting.start())
                + " ("
                + TimeTokens.at(meeting.start())
                + "). Come with questions: what have you tried since you last talked, and what"
                + " would you like from this session? Send it with `/mentor agenda text:\"...\"`;"
                + " only your mentor sees it.")
        .title("Meeting #" + meeting.id() + ": your agenda")
        .build();
  }

  static Message agendaForMentor(Meeting meeting, String mentee, String agenda) {
    return Message.builder(
            at(mentee)
                + " shared an agenda for meeting #"
                + meeting.id()
                + " ("
                + TimeTokens.at(meeting.start())
                + "):\n"
                + agenda)
        .title("Agenda for your meeting")
        .build();
  }

  static Message reminder(
      Meeting meeting, Mentorship mentorship, String to, Optional<String> agenda) {
    String text =
        "Your meeting with "
            + mentorship.withWhom(to)
            + " starts "
            + TimeTokens.relative(meeting.start())
            + " ("
            + TimeTokens.at(meeting.start())
            + ", "
            + meeting.minutes()
            + " minutes).";
    if (agenda.isPresent() && mentorship.mentorId().equals(Optional.of(to))) {
      text += "\nTheir agenda: " + agenda.get();
    }
    return Message.builder(text)
        .title("Meeting #" + meeting.id() + " soon")
        .button(Button.danger("Cancel meeting", MeetingButtons.PREFIX + ":cancel:" + meeting.id()))
        .build();
  }

  /** After the meeting; the buttons are the check-in's own, so the answer counts as one. */
  static Message followUp(Meeting meeting, Mentorship mentorship, String to) {
    String checkin = "checkin:" + mentorship.id() + ":";
    return Message.builder(
            "How did it go with "
                + mentorship.withWhom(to)
                + "? Anything for next time? Your answer counts as this check-in; to add a note:"
                + " `/mentor checkin met note:\"next time: ...\"`. Plan the next one with `/mentor"
                + " meet`.")
        .title("Meeting #" + meeting.id() + ": how did it go?")
        .button(Button.primary("We met", checkin + "met"))
        .button(Button.secondary("It didn't happen", checkin + "not-yet"))
        .button(Button.secondary("Need help", checkin + "need-help"))
        .build();
  }
}
