package org.mentorbot.core.checkin;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.mentorship.Mentorships;
import org.mentorbot.core.messaging.Button;
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
    alert(tx, community, text, key, List.of());
  }

  /** An alert about a running mentorship, with its "I'll take it" and "End mentorship" buttons. */
  void alert(Handle tx, CommunityId community, String text, String key, long mentorshipId) {
    alert(tx, community, text, key, Mentorships.alertButtons(mentorshipId));
  }

  private void alert(
      Handle tx, CommunityId community, String text, String key, List<Button> buttons) {
    confidential.send(
        tx, community, withButtons(Message.builder(text).title("Check-in alert"), buttons), key);
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
