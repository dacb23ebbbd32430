package org.mentorbot.core.schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * Tuning shared by the {@link OutboxDispatcher} and the {@link JobRunner}.
 *
 * @param batchSize rows claimed per pass
 * @param lease how long a claim keeps other workers away; it must outlast one batch's work, and it
 *     is how long rows claimed by a crashed process wait before another worker takes them
 * @param pollInterval how often the background loop looks for due rows when nobody woke it
 * @param backoff retry timing and the attempt budget
 * @param deliveryThreads platform calls the dispatcher makes at once (the runner ignores it); each
 *     call in flight when the process dies may be resent once, so this is also the size of the
 *     at-least-once window per crashed dispatcher
 */
public record WorkerSettings(
    int batchSize, Duration lease, Duration pollInterval, Backoff backoff, int deliveryThreads) {

  public WorkerSettings {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(backoff, "backoff");
    if (batchSize < 1 || batchSize > 10_000) {
      throw new IllegalArgumentException("batch size must be 1-10000: " + batchSize);
    }
    if (lease.toMillis() < 1) {
      throw new IllegalArgumentException("lease must be positive: " + lease);
    }
    if (pollInterval.toMillis() < 1) {
      throw new IllegalArgumentException("poll interval must be positive: " + pollInterval);
    }
    if (deliveryThreads < 1 || deliveryThreads > 64) {
      throw new IllegalArgumentException("delivery threads must be 1-64: " + deliveryThreads);
    }
  }

  /** One delivery at a time: a crash resends at most one message. */
  public WorkerSettings(int batchSize, Duration lease, Duration pollInterval, Backoff backoff) {
    this(batchSize, lease, pollInterval, backoff, 1);
  }

  /**
   * 100 rows a pass, a 2 minute lease, a 1 second poll, {@link Backoff#defaults()}, one delivery at
   * a time.
   */
  public static WorkerSettings defaults() {
    return new WorkerSettings(
        100, Duration.ofMinutes(2), Duration.ofSeconds(1), Backoff.defaults());
  }

  public WorkerSettings withBackoff(Backoff value) {
    return new WorkerSettings(batchSize, lease, pollInterval, value, deliveryThreads);
  }

  public WorkerSettings withBatchSize(int value) {
    return new WorkerSettings(value, lease, pollInterval, backoff, deliveryThreads);
  }

  public WorkerSettings withDeliveryThreads(int value) {
    return new WorkerSettings(batchSize, lease, pollInterval, backoff, value);
  }
}
