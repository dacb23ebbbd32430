package org.mentorbot.core.checkin;

import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.moderation.ConfidentialAlerts;

/**
 * Tells the moderators, privately, about pairs that need them, and escalates stale pairs: two
 * missed or "not yet" check-ins in a row alert once and give the mentee priority in the next round.
 */
final class Alerts {

  static final int STALE_AFTER = 2;

  private final CoreContext context;
  private final CheckinStore store;
  private final ConfidentialAlerts confidential;

  Alerts(CoreContext context, CheckinStore store) {
    this.context = context;
    this.store = store;
    this.confidential = ConfidentialAlerts.of(context);
  }

  /**
   * Tells the moderators privately (their channel, else each by DM). The text may hold a member's
   * confidential note, so it is never logged; {@code key} (ids only) identifies the alert.
   */
  void alert(Handle tx, CommunityId community, String text, String key) {
    confidential.send(tx, community, Message.builder(text).title("Check-in alert").build(), key);
  }

  /** Escalates the pair (as stored now) once, when it has gone stale. */
  void escalateIfStale(Handle tx, CommunityId community, long pairId) {
    CheckinPair pair = store.find(tx, pairId).orElseThrow();
    if (pair.misses() < STALE_AFTER || !store.escalate(tx, pairId)) {
      return;
    }
    store.prioritise(
        tx,
        pair.communityId(),
        pair.menteeId(),
        "stale pair in round " + pair.roundNumber(),
        context.clock().instant());
    alert(
        tx,
        community,
        "The pair "
            + NudgeMessages.at(pair.mentorId())
            + " (mentor) and "
            + NudgeMessages.at(pair.menteeId())
            + " (mentee) of round "
            + pair.roundNumber()
            + " has missed or answered \"not yet\" to "
            + pair.misses()
            + " check-ins in a row. The mentee gets priority in the next round; you may want to"
            + " reach out to them.",
        "checkin-stale:" + pairId);
  }
}
