package org.mentorbot.core.schedule;

import java.time.Clock;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunityStore;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;

/**
 * The outbox in the {@code outbox} table. A message is due at once; the {@link OutboxDispatcher}
 * delivers it after the enqueuing transaction commits.
 */
public final class SqlOutbox implements Outbox {

  static final int MAX_KEY_LENGTH = 200;

  private final CommunityStore communities;
  private final MessageCodec codec;
  private final Clock clock;
  private final Runnable afterCommit;

  /**
   * @param afterCommit runs after a transaction that stored a new message commits; pass the
   *     dispatcher's {@link OutboxDispatcher#wake()} so messages go out without waiting for a poll
   */
  public SqlOutbox(
      CommunityStore communities, MessageCodec codec, Clock clock, Runnable afterCommit) {
    this.communities = Objects.requireNonNull(communities, "communities");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.afterCommit = Objects.requireNonNull(afterCommit, "afterCommit");
  }

  /** An outbox that wakes nobody; the dispatcher finds its rows at the next poll. */
  public SqlOutbox(CommunityStore communities, MessageCodec codec, Clock clock) {
    this(communities, codec, clock, () -> {});
  }

  @Override
  public void enqueue(
      Handle transaction,
      CommunityId community,
      Destination destination,
      Message message,
      String idempotencyKey) {
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(message, "message");
    requireKey(idempotencyKey, "idempotency key");
    long now = clock.millis();
    int inserted =
        transaction
            .createUpdate(
                "INSERT INTO outbox (community_id, idempotency_key, destination, message,"
                    + " next_attempt_at, created_at) VALUES (:c, :k, :d, :m, :now, :now)"
                    + " ON CONFLICT (community_id, idempotency_key) DO NOTHING")
            .bind("c", communityRow(communities, transaction, community))
            .bind("k", idempotencyKey)
            .bind("d", codec.encode(destination))
            .bind("m", codec.encode(message))
            .bind("now", now)
            .execute();
    if (inserted > 0) {
      transaction.afterCommit(afterCommit);
    }
  }

  /** Looks the community up before trying to create it: the common case then costs one read. */
  static long communityRow(CommunityStore communities, Handle transaction, CommunityId community) {
    return communities
        .find(transaction, community)
        .orElseGet(() -> communities.idOf(transaction, community));
  }

  static void requireKey(String key, String what) {
    Objects.requireNonNull(key, what);
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException(
          what + " must be 1-" + MAX_KEY_LENGTH + " characters, got " + key.length());
    }
  }
}
