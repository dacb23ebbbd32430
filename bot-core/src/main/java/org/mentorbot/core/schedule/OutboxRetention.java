package org.mentorbot.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.mentorbot.core.storage.Database;

/**
 * Purges the bodies of finished outbox rows after a retention period (DESIGN §6, docs/privacy.md):
 * a delivered or undeliverable row keeps its idempotency key, state and times, which is all that
 * de-duplication needs, and loses its destination and message, the copy of what a member was told.
 * Runs for every member, not only on forget-me. Secure delete zeroes the old bytes.
 */
public final class OutboxRetention implements AutoCloseable {

  /** Rows purged per statement, so one pass never holds the write lock for long. */
  static final int BATCH = 500;

  private final Database database;
  private final Clock clock;
  private final Duration retention;
  private final WorkerLoop loop;

  public OutboxRetention(Database database, Clock clock, Duration retention, Duration interval) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.retention = Objects.requireNonNull(retention, "retention");
    if (retention.isNegative()) {
      throw new IllegalArgumentException("retention must not be negative: " + retention);
    }
    this.loop = new WorkerLoop("outbox-retention", interval, this::purge);
  }

  public Duration retention() {
    return retention;
  }

  /** Purges every finished row older than the retention period; returns how many. */
  public int purge() {
    long cutoff = clock.millis() - retention.toMillis();
    int total = 0;
    int purged;
    do {
      purged =
          database.write(
              h ->
                  h.createUpdate(
                          "UPDATE outbox SET destination = '', message = '', last_error = NULL"
                              + " WHERE id IN (SELECT id FROM outbox"
                              + " WHERE ((state = 'delivered' AND delivered_at <= :cutoff)"
                              + " OR (state = 'undeliverable' AND next_attempt_at <= :cutoff))"
                              + " AND message <> '' LIMIT :batch)")
                      .bind("cutoff", cutoff)
                      .bind("batch", BATCH)
                      .execute());
      total += purged;
    } while (purged == BATCH);
    return total;
  }

  /** Purges in the background, once per interval. */
  public void start() {
    loop.start();
  }

  @Override
  public void close() {
    loop.close();
  }

  /** Stops after the purge in progress, interrupting it after {@code limit}. */
  public void close(Duration limit) {
    loop.close(limit);
  }
}
