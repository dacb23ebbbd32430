package org.mentorbot.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.DeliveryNotes;
import org.mentorbot.core.storage.Database;

/**
 * {@link DeliveryNotes} in the {@code delivery_note} table. A note outlives every retry of its row
 * (the outbox gives up well within a day), so notes older than {@link #KEPT} are dropped whenever
 * one is written.
 */
public final class SqlDeliveryNotes implements DeliveryNotes {
  static final Duration KEPT = Duration.ofDays(30);

  private final Database database;
  private final Clock clock;

  public SqlDeliveryNotes(Database database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<String> get(CommunityId community, String idempotencyKey, String name) {
    return database.read(
        h ->
            h.createQuery(
                    "SELECT value FROM delivery_note WHERE platform = :platform AND community ="
                        + " :community AND idempotency_key = :key AND name = :name")
                .bind("platform", community.platform().name())
                .bind("community", community.externalId())
                .bind("key", idempotencyKey)
                .bind("name", name)
                .mapTo(String.class)
                .findOne());
  }

  @Override
  public void put(CommunityId community, String idempotencyKey, String name, String value) {
    long now = clock.millis();
    database.writeVoid(
        h -> {
          h.createUpdate("DELETE FROM delivery_note WHERE created_at < :cutoff")
              .bind("cutoff", now - KEPT.toMillis())
              .execute();
          h.createUpdate(
                  "INSERT INTO delivery_note (platform, community, idempotency_key, name, value,"
                      + " created_at) VALUES (:platform, :community, :key, :name, :value, :now)"
                      + " ON CONFLICT (platform, community, idempotency_key, name) DO NOTHING")
              .bind("platform", community.platform().name())
              .bind("community", community.externalId())
              .bind("key", idempotencyKey)
              .bind("name", name)
              .bind("value", value)
              .bind("now", now)
              .execute();
        });
  }
}
