package org.mentorbot.core.schedule;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** The outbox table's SQL for the dispatcher: claim due rows, then record what happened. */
final class OutboxRows {

  /** One claimed row, as stored. */
  record Claimed(
      long id,
      long communityId,
      String idempotencyKey,
      String destination,
      String message,
      int attempts) {}

  private OutboxRows() {}

  /**
   * Claims up to {@code limit} due rows, only the oldest pending row of each destination. Each
   * claim is an UPDATE that succeeds only while the row is unclaimed or its lease has expired, so
   * two workers (two processes on PostgreSQL) never both hold a row.
   */
  static List<Claimed> claim(
      Handle h, boolean skipLocked, String worker, long now, long leaseUntil, int limit) {
    List<Claimed> candidates =
        h.createQuery(
                "SELECT o.id, o.community_id, o.idempotency_key, o.destination, o.message,"
                    + " o.attempts FROM outbox o"
                    + " WHERE o.state = 'pending' AND o.next_attempt_at <= :now"
                    + " AND (o.claimed_until IS NULL OR o.claimed_until <= :now)"
                    + " AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.community_id ="
                    + " o.community_id AND p.destination = o.destination"
                    + " AND p.state = 'pending' AND p.id < o.id)"
                    + " ORDER BY o.next_attempt_at, o.id LIMIT :limit"
                    // PostgreSQL: rows another instance is claiming right now are skipped, not
                    // waited for; the guarded UPDATE below stays the proof of ownership.
                    + (skipLocked ? " FOR UPDATE OF o SKIP LOCKED" : ""))
            .bind("now", now)
            .bind("limit", limit)
            .map(
                (rs, ctx) ->
                    new Claimed(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6)))
            .list();
    List<Claimed> claimed = new ArrayList<>(candidates.size());
    for (Claimed row : candidates) {
      if (Lease.tryClaim(h, Lease.Table.OUTBOX, row.id(), worker, leaseUntil, now)) {
        claimed.add(row);
      }
    }
    return claimed;
  }

  /** Delivered wins even if our lease ran out meanwhile: the platform has the message. */
  static void delivered(Handle h, long id, long now) {
    h.createUpdate(
            "UPDATE outbox SET state = 'delivered', delivered_at = :now, attempts = attempts + 1,"
                + " claimed_by = NULL, claimed_until = NULL, last_error = NULL"
                + " WHERE id = :id AND state = 'pending'")
        .bind("id", id)
        .bind("now", now)
        .execute();
  }

  /** Returns false when another worker took the row over (our lease expired). */
  static boolean retry(Handle h, long id, String worker, long nextAttempt, String error) {
    return h.createUpdate(
                "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = :next,"
                    + " last_error = :error, claimed_by = NULL, claimed_until = NULL"
                    + " WHERE id = :id AND state = 'pending' AND claimed_by = :worker")
            .bind("id", id)
            .bind("worker", worker)
            .bind("next", nextAttempt)
            .bind("error", truncate(error))
            .execute()
        == 1;
  }

  static boolean undeliverable(Handle h, long id, String worker, String error) {
    return h.createUpdate(
                "UPDATE outbox SET state = 'undeliverable', attempts = attempts + 1,"
                    + " last_error = :error, claimed_by = NULL, claimed_until = NULL"
                    + " WHERE id = :id AND state = 'pending' AND claimed_by = :worker")
            .bind("id", id)
            .bind("worker", worker)
            .bind("error", truncate(error))
            .execute()
        == 1;
  }

  /** Gives back rows this worker claimed but will not get to in time. */
  static void release(Handle h, List<Long> ids, String worker) {
    for (long id : ids) {
      h.createUpdate(
              "UPDATE outbox SET claimed_by = NULL, claimed_until = NULL"
                  + " WHERE id = :id AND claimed_by = :worker")
          .bind("id", id)
          .bind("worker", worker)
          .execute();
    }
  }

  static String truncate(String error) {
    return error.length() <= 1000 ? error : error.substring(0, 1000) + "...";
  }
}
