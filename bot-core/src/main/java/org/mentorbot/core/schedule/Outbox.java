package org.mentorbot.core.schedule;

import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;

/**
 * Outbound messages become rows before they become effects (DESIGN §6). Features enqueue inside the
 * transaction that changes their state, so a message exists exactly when its cause does.
 */
public interface Outbox {

  /**
   * Stores {@code message} for delivery to {@code destination}. A second call with the same
   * community and idempotency key stores nothing, so retried work never sends twice.
   */
  void enqueue(
      Handle transaction,
      CommunityId community,
      Destination destination,
      Message message,
      String idempotencyKey);
}
