package org.mentorbot.core.schedule;

import java.util.Objects;
import java.util.Optional;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;

/**
 * An outbox message the bot gave up on. Destination and message are empty only when the stored row
 * could not be read back (a row written by an incompatible version).
 */
public record UndeliveredMessage(
    long outboxId,
    CommunityId community,
    String idempotencyKey,
    Optional<Destination> destination,
    Optional<Message> message,
    int attempts,
    String reason) {

  public UndeliveredMessage {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(reason, "reason");
  }
}
