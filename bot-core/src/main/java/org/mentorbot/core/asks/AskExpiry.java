package org.mentorbot.core.asks;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.schedule.JobHandler;

/**
 * Expires an ask nobody answered and tells the asker kindly. Runs in the job's transaction, so the
 * state change, the message and the job's completion commit together.
 */
final class AskExpiry implements JobHandler {

  private final Asks asks;

  AskExpiry(Asks asks) {
    this.asks = asks;
  }

  @Override
  public String kind() {
    return Asks.EXPIRY_JOB;
  }

  @Override
  public void run(Handle tx, CommunityId community, String payload, Instant dueAt) {
    long id = Long.parseLong(payload);
    Optional<Long> c = asks.context().communities().find(tx, community);
    Optional<Ask> found = c.flatMap(x -> asks.store().find(tx, x, id));
    Instant now = asks.now();
    // Answered or erased asks need nothing; the expiry check guards against a reused row id.
    if (found.isEmpty() || !found.get().open() || now.isBefore(found.get().expiresAt())) {
      return;
    }
    Ask ask = found.get();
    asks.store().close(tx, ask, Ask.State.EXPIRED, now);
    asks.context()
        .outbox()
        .enqueue(
            tx,
            community,
            new Destination.DirectMessage(ask.askerId()),
            AskMessages.expired(ask, asks.topicHint(tx, c.get(), ask)),
            ask.key("expired"));
  }
}
