package org.mentorbot.core.schedule;

import org.jdbi.v3.core.Handle;

/**
 * Told when the dispatcher gives up on a message, inside the transaction that marks the row
 * undeliverable, so an alert it enqueues (for example to the moderators' channel) commits with the
 * verdict or not at all. If it throws, the row is marked anyway and the error is logged.
 *
 * <p>Beware loops: if the alert itself cannot be delivered the listener is told again. Give alerts
 * a recognisable idempotency key and do not alert about alerts.
 */
@FunctionalInterface
public interface UndeliverableListener {

  UndeliverableListener NONE = (transaction, message) -> {};

  void undeliverable(Handle transaction, UndeliveredMessage message);
}
