package org.mentorbot.core.checkin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.text.SafeText;

/** What the check-in commands, buttons and mentorship hooks share: answering and ending. */
final class Checkins {

  static final int NOTE_LIMIT = 500;

  /** The reasons the End answer offers, as buttons that run {@code /mentor end}. */
  static final List<String> END_REASONS = List.of("goal-reached", "not-a-fit", "no-time", "other");

  final CoreContext context;
  final CheckinStore store = new CheckinStore();
  final Alerts alerts;
  final Nudges nudges;

  Checkins(CoreContext context) {
    this.context = context;
    this.alerts = new Alerts(context, store);
    this.nudges = new Nudges(context, store, alerts);
  }

  Instant now() {
    return context.clock().instant();
  }

  Optional<Long> find(Handle h, CommunityId community) {
    return context.communities().find(h, community);
  }

  /** The member's active mentorships; none is a problem that says so. */
  List<CheckinPair> requireActive(Handle h, CommunityId community, String userId) {
    List<CheckinPair> active =
        find(h, community).map(c -> store.ofMember(h, c, userId)).orElse(List.of()).stream()
            .filter(CheckinPair::active)
            .toList();
    if (active.isEmpty()) {
      throw new ProblemException(
          "You have no active mentorship to check in on.",
          "You'll get one when you join a round (`/round join`) and it is published.");
    }
    return active;
  }

  /** Records {@code userId}'s answer and does what it asks; returns the reply. */
  Message answer(
      Handle tx,
      CommunityId community,
      CheckinPair pair,
      String userId,
      CheckinAnswer answer,
      Optional<String> note) {
    if (!pair.active()) {
      throw new ProblemException(
          "Your mentorship with " + pair.withWhom(userId) + " has already ended.",
          "`/mentor matches` shows your current mentorships.");
    }
    Instant now = now();
    String cleanNote =
        note.map(n -> SafeText.clip(SafeText.of(n.strip()), NOTE_LIMIT)).orElse(null);
    store.answered(tx, pair, userId, answer, cleanNote, now);
    alerts.escalateIfStale(tx, community, pair.pairId());
    String partner = pair.withWhom(userId);
    String noteLine = cleanNote == null || cleanNote.isEmpty() ? "" : "\nTheir note: " + cleanNote;
    String key = pair.pairId() + ":" + userId + ":" + now.toEpochMilli();
    switch (answer) {
      case MET:
        return Message.of("Great that you met " + partner + "! Noted.");
      case SCHEDULED:
        return Message.of(
            "Noted: you have a meeting planned with "
                + partner
                + ". When is it? Set it with `/mentor meet @partner when:\"YYYY-MM-DD HH:MM\"`"
                + " (your time) and you'll both get a calendar invite, a reminder and, for the"
                + " mentee, an agenda request.");
      case NOT_YET:
        return Message.of(
            "Noted. Try proposing two or three concrete times to "
                + partner
                + "; if it stays hard to meet, answer \"Need help\".");
      case NEED_HELP:
        alerts.alert(
            tx,
            community,
            NudgeMessages.at(userId)
                + " asked for help with their mentorship with "
                + partner
                + "."
                + noteLine,
            "checkin-help:" + key,
            pair.pairId());
        return Message.of("The moderators have been told and will reach out to you.");
      case END:
      default:
        // A note is for the moderators (DESIGN §5), confidentially, even if the member then
        // does not press a reason: they said they want out, in their own words.
        if (!noteLine.isEmpty()) {
          alerts.alert(
              tx,
              community,
              NudgeMessages.at(userId)
                  + " answered End for their mentorship with "
                  + partner
                  + "."
                  + noteLine,
              "checkin-end:" + key,
              pair.pairId());
        }
        // Ending is /mentor end's job: it asks why, tells the partner kindly and thanks both.
        Message.Builder b =
            Message.builder(
                    "Do you want to end your mentorship with "
                        + partner
                        + "? Tell me why and I'll end it: the others are told kindly and never"
                        + " see your reasons. Or use `/mentor end @"
                        + pair.partnerOf(userId)
                        + " reason:<why> note:\"...\"`.")
                .title("End this mentorship?");
        for (String reason : END_REASONS) {
          b.button(
              reason.equals("goal-reached")
                  ? Button.primary("Goal reached", "end:" + pair.pairId() + ":" + reason)
                  : Button.secondary(label(reason), "end:" + pair.pairId() + ":" + reason));
        }
        return b.build();
    }
  }

  private static String label(String reason) {
    return switch (reason) {
      case "not-a-fit" -> "Not a fit";
      case "no-time" -> "No time";
      default -> "Other";
    };
  }

  /**
   * Ends the mentorship's check-ins (it ended): a last missed check-in counts, pending nudges are
   * cancelled, and the feedback prompt goes to every member when {@code feedback}.
   */
  void end(Handle tx, CommunityId community, CheckinPair pair, boolean feedback) {
    store.closeMisses(tx, pair);
    alerts.escalateIfStale(tx, community, pair.pairId());
    if (store.end(tx, pair.pairId(), now())) {
      nudges.unplan(tx, community, pair);
      if (feedback) {
        nudges.sendToAll(tx, community, pair, Nudges.KIND_FEEDBACK);
      }
    }
  }
}
