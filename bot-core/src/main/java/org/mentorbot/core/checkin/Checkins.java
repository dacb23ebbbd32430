package org.mentorbot.core.checkin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.text.SafeText;

/** What the check-in commands, buttons and round hooks share: answering and ending a pair. */
final class Checkins {

  static final int NOTE_LIMIT = 500;

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

  /** The member's active pairs; none is a problem that says so. */
  List<CheckinPair> requireActive(Handle h, CommunityId community, String userId) {
    List<CheckinPair> active =
        find(h, community).map(c -> store.ofMember(h, c, userId)).orElse(List.of()).stream()
            .filter(CheckinPair::active)
            .toList();
    if (active.isEmpty()) {
      throw new ProblemException(
          "You have no active match to check in on.",
          "You'll get one when you join a round (`/round join`) and it is published.");
    }
    return active;
  }

  /** Records {@code userId}'s answer for the pair and does what it asks; returns the reply. */
  String answer(
      Handle tx,
      CommunityId community,
      CheckinPair pair,
      String userId,
      CheckinAnswer answer,
      Optional<String> note) {
    if (!pair.active()) {
      throw new ProblemException(
          "Your match with " + NudgeMessages.at(pair.partnerOf(userId)) + " has already ended.",
          "`/mentor matches` shows your current matches.");
    }
    Instant now = now();
    String cleanNote =
        note.map(n -> SafeText.clip(SafeText.of(n.strip()), NOTE_LIMIT)).orElse(null);
    store.answered(tx, pair, userId, answer, cleanNote, now);
    alerts.escalateIfStale(tx, community, pair.pairId());
    String partner = NudgeMessages.at(pair.partnerOf(userId));
    String noteLine = cleanNote == null || cleanNote.isEmpty() ? "" : "\nTheir note: " + cleanNote;
    String key = pair.pairId() + ":" + userId + ":" + now.toEpochMilli();
    switch (answer) {
      case MET:
        return "Great that you met " + partner + "! Noted.";
      case SCHEDULED:
        return "Noted: you have a meeting planned with " + partner + ". Enjoy it!";
      case NOT_YET:
        return "Noted. Try proposing two or three concrete times to "
            + partner
            + "; if it stays hard to meet, answer \"Need help\".";
      case NEED_HELP:
        alerts.alert(
            tx,
            community,
            NudgeMessages.at(userId)
                + " asked for help with their round "
                + pair.roundNumber()
                + " match with "
                + partner
                + "."
                + noteLine,
            "checkin-help:" + key);
        return "The moderators have been told and will reach out to you.";
      case END:
      default:
        alerts.alert(
            tx,
            community,
            NudgeMessages.at(userId)
                + " ended their round "
                + pair.roundNumber()
                + " match with "
                + partner
                + "."
                + noteLine,
            "checkin-end:" + key);
        context
            .outbox()
            .enqueue(
                tx,
                community,
                new Destination.DirectMessage(pair.partnerOf(userId)),
                Message.of(
                    NudgeMessages.at(userId)
                        + " has ended your round "
                        + pair.roundNumber()
                        + " match. Thank you for taking part; you can join the next round."),
                "checkin-ended:" + pair.pairId());
        end(tx, community, store.find(tx, pair.pairId()).orElseThrow());
        return "Your match with "
            + partner
            + " has ended and the moderators know. You'll get a feedback prompt shortly.";
    }
  }

  /** Ends the pair (round over or "End"): a last missed check-in counts, then feedback prompts. */
  void end(Handle tx, CommunityId community, CheckinPair pair) {
    store.closeMisses(tx, pair);
    alerts.escalateIfStale(tx, community, pair.pairId());
    if (store.end(tx, pair.pairId(), now())) {
      nudges.unplan(tx, community, pair);
      nudges.sendToBoth(tx, community, pair, Nudges.KIND_FEEDBACK);
    }
  }
}
