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
 */
public record WorkerSettings(
    int batchSize, Duration lease, Duration pollInterval, Backoff backoff) {

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
  }

  /** 100 rows a pass, a 2 minute lease, a 1 second poll, {@link Backoff#defaults()}. */
  public static WorkerSettings defaults() {
    return new WorkerSettings(
        100, Duration.ofMinutes(2), Duration.ofSeconds(1), Backoff.defaults());
  }

  public WorkerSettings withBackoff(Backoff value) {
    return new WorkerSettings(batchSize, lease, pollInterval, value);
  }

  public WorkerSettings withBatchSize(int value) {
    return new WorkerSettings(value, lease, pollInterval, backoff);
  }
}
