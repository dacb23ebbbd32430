package org.mentorbot.core.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.mentorship.Mentorship;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Message;

/**
 * {@code /mentor meetings [cancel:N]}: my upcoming meetings and open proposals with their buttons,
 * and the shared hours of each running mentorship with "Propose" buttons; {@code cancel:N} cancels
 * meeting N (or withdraws proposal N).
 */
final class MeetingsCommand implements CommandHandler {

  private static final int MAX_MENTORSHIPS = 3;

  private final Meetings meetings;

  MeetingsCommand(Meetings meetings) {
    this.meetings = meetings;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("mentor", "meetings");
  }

  @Override
  public Reply handle(CommandRequest request) {
    String self = request.actor().userId();
    Optional<Integer> cancel = request.options().integer("cancel");
    if (cancel.isPresent()) {
      return meetings
          .context
          .db()
          .write(
              tx -> {
                long c = meetings.context.communities().idOf(tx, request.community());
                Meeting meeting = meetings.requireOwn(tx, c, cancel.get(), self);
                return Reply.privately(meetings.cancel(tx, request.community(), meeting, self, ""));
              });
    }
    return meetings
        .context
        .db()
        .read(
            h ->
                meetings
                    .context
                    .communities()
                    .find(h, request.community())
                    .map(c -> list(h, request, c, self))
                    .orElseGet(MeetingsCommand::nothing));
  }

  private Reply list(Handle h, CommandRequest request, long c, String self) {
    Instant now = meetings.now();
    List<Mentorship> running = meetings.mentorships.store().runningOf(h, c, self);
    if (running.isEmpty()) {
      return nothing();
    }
    List<String> lines = new ArrayList<>();
    List<Button> buttons = new ArrayList<>();
    List<Meeting> open = meetings.store.openOf(h, c, self, now);
    if (open.isEmpty()) {
      lines.add("No meetings planned yet.");
    } else {
      lines.add("Your meetings:");
    }
    for (Meeting m : open) {
      Mentorship ms = meetings.mentorshipOf(h, m);
      lines.add(
          "• #"
              + m.id()
              + " "
              + MeetingMessages.when(m.when())
              + " with "
              + ms.withWhom(self)
              + ": "
              + status(m, self));
      if (m.state() == MeetingState.SCHEDULED) {
        m.move()
            .filter(mv -> !mv.by().equals(self))
            .ifPresent(mv -> buttons.addAll(Meetings.answerButtons(m)));
        buttons.add(
            Button.secondary("Calendar #" + m.id(), MeetingButtons.PREFIX + ":ics:" + m.id()));
        buttons.add(
            Button.danger("Cancel #" + m.id(), MeetingButtons.PREFIX + ":cancel:" + m.id()));
      } else if (m.proposedBy().equals(self)) {
        buttons.add(
            Button.danger("Withdraw #" + m.id(), MeetingButtons.PREFIX + ":cancel:" + m.id()));
      } else {
        buttons.add(
            Button.primary("Accept #" + m.id(), MeetingButtons.PREFIX + ":accept:" + m.id()));
        buttons.add(
            Button.secondary(
                "Another time #" + m.id(), MeetingButtons.PREFIX + ":other:" + m.id()));
      }
    }
    for (Mentorship ms : running.stream().limit(MAX_MENTORSHIPS).toList()) {
      List<MeetingOffers.Member> members =
          ms.memberIds().stream()
              .map(u -> new MeetingOffers.Member(u, meetings.zone(h, c, u)))
              .toList();
      MeetingOffers.Offer offer =
          MeetingOffers.offer(ms.id(), members, meetings.sharedHours(h, request.community()), now);
      lines.add("Shared hours with " + ms.withWhom(self) + " this week:");
      lines.add(offer.text());
      buttons.addAll(offer.buttons());
    }
    Message.Builder b = Message.builder(String.join("\n", lines)).title("Meetings");
    buttons.stream().limit(25).forEach(b::button);
    return Reply.privately(b.build());
  }

  private static String status(Meeting m, String self) {
    if (m.state() == MeetingState.SCHEDULED) {
      return m.move()
          .map(
              mv ->
                  "set; "
                      + (mv.by().equals(self) ? "you" : MeetingMessages.at(mv.by()))
                      + " proposed moving it to "
                      + org.mentorbot.core.messaging.TimeTokens.at(mv.when().start()))
          .orElse("set");
    }
    return m.proposedBy().equals(self)
        ? "proposed by you, waiting for an answer"
        : "proposed by " + MeetingMessages.at(m.proposedBy()) + ", waiting for you";
  }

  private static Reply nothing() {
    return Reply.privately(
        "You have no running mentorship, so no meetings. You'll get one when a round you joined"
            + " is published.");
  }
}
