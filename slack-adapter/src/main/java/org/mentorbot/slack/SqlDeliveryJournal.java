package org.mentorbot.slack;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.mentorbot.core.storage.Database;

/**
 * {@link DeliveryJournal} in the {@code slack_delivery} table, shared by every instance on the
 * database: a row exists only while a delivery is in flight, or after one was cut short.
 */
public final class SqlDeliveryJournal implements DeliveryJournal {

  private final Database database;

  public SqlDeliveryJournal(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  @Override
  public Optional<Instant> begin(String team, String key, Instant now) {
    return database.write(
        h -> {
          Optional<Long> earlier =
              h.createQuery(
                      "SELECT started_at FROM slack_delivery"
                          + " WHERE team_id = :t AND idempotency_key = :k")
                  .bind("t", team)
                  .bind("k", key)
                  .mapTo(Long.class)
                  .findOne();
          if (earlier.isEmpty()) {
            h.createUpdate(
                    "INSERT INTO slack_delivery (team_id, idempotency_key, started_at)"
                        + " VALUES (:t, :k, :at) ON CONFLICT (team_id, idempotency_key) DO NOTHING")
                .bind("t", team)
                .bind("k", key)
                .bind("at", now.toEpochMilli())
                .execute();
          }
          return earlier.map(Instant::ofEpochMilli);
        });
  }

  @Override
  public void finish(String team, String key) {
    database.writeVoid(
        h ->
            h.createUpdate("DELETE FROM slack_delivery WHERE team_id = :t AND idempotency_key = :k")
                .bind("t", team)
                .bind("k", key)
                .execute());
  }
}
