package org.mentorbot.core.checkin;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.mentorship.Mentorships;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the moderators (the community's alert channel) about pairs that need them, and escalates
 * stale pairs: two missed or "not yet" check-ins in a row alert once and give the mentee priority
 * in the next round.
 */
final class Alerts {

  static final int STALE_AFTER = 2;

  private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);

  private final CoreContext context;
  private final CheckinStore store;

  Alerts(CoreContext context, CheckinStore store) {
    this.context = context;
    this.store = store;
  }

  /** Posts to the moderators' channel; without one configured the alert is only logged. */
  void alert(Handle tx, CommunityId community, String text, String key) {
    alert(tx, community, text, key, List.of());
  }

  /** An alert about a running mentorship, with its "I'll take it" and "End mentorship" buttons. */
  void alert(Handle tx, CommunityId community, String text, String key, long mentorshipId) {
    alert(tx, community, text, key, Mentorships.alertButtons(mentorshipId));
  }

  private void alert(
      Handle tx, CommunityId community, String text, String key, List<Button> buttons) {
    var channel = context.settings().load(tx, community).alertChannel();
    if (channel.isEmpty()) {
      LOG.warn(
          "{}: no moderator or announce channel configured; alert not posted: {}", community, text);
      return;
    }
    context
        .outbox()
        .enqueue(
            tx,
            community,
            new Destination.Channel(channel.get()),
            withButtons(Message.builder(text).title("Check-in alert"), buttons),
            key);
  }

  private static Message withButtons(Message.Builder b, List<Button> buttons) {
    buttons.forEach(b::button);
    return b.build();
  }

  /** Escalates the pair (as stored now) once, when it has gone stale. */
  void escalateIfStale(Handle tx, CommunityId community, long pairId) {
    CheckinPair pair = store.find(tx, pairId).orElseThrow();
    if (pair.misses() < STALE_AFTER || !store.escalate(tx, pairId)) {
      return;
    }
    pair.menteeId()
        .ifPresent(
            mentee ->
                store.prioritise(
                    tx,
                    pair.communityId(),
                    mentee,
                    "stale mentorship " + pairId,
                    context.clock().instant()));
    alert(
        tx,
        community,
        "The mentorship of "
            + pair.who()
            + " has missed or answered \"not yet\" to "
            + pair.misses()
            + " check-ins in a row."
            + (pair.circle()
                ? " You may want to reach out to them."
                : " The mentee gets priority in the next round; you may want to reach out to"
                    + " them."),
        "checkin-stale:" + pairId,
        pairId);
  }
}
