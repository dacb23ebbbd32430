package org.mentorbot.core.schedule;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** The job table's SQL for the runner: coalesce, claim, and record the outcome. */
final class JobRows {

  /** One claimed job, as stored. */
  record Claimed(
      long id, long communityId, String kind, String payload, long dueAt, int attempts) {}

  private JobRows() {}

  /**
   * In every coalesce group with more than one overdue pending job, cancels all but the newest
   * (latest due, then latest scheduled). Jobs another worker is running now are left alone. Returns
   * how many were cancelled.
   */
  static int coalesce(Handle h, long now) {
    record Group(long communityId, String name) {}
    List<Group> groups =
        h.createQuery(
                "SELECT community_id, coalesce_group FROM job"
                    + " WHERE state = 'pending' AND due_at <= :now AND coalesce_group IS NOT NULL"
                    + " GROUP BY community_id, coalesce_group HAVING COUNT(*) > 1")
            .bind("now", now)
            .map((rs, ctx) -> new Group(rs.getLong(1), rs.getString(2)))
            .list();
    int cancelled = 0;
    for (Group group : groups) {
      long newest =
          h.createQuery(
                  "SELECT id FROM job WHERE community_id = :c AND coalesce_group = :g"
                      + " AND state = 'pending' AND due_at <= :now"
                      + " ORDER BY due_at DESC, id DESC LIMIT 1")
              .bind("c", group.communityId())
              .bind("g", group.name())
              .bind("now", now)
              .mapTo(Long.class)
              .one();
      cancelled +=
          h.createUpdate(
                  "UPDATE job SET state = 'cancelled', done_at = :now,"
                      + " last_error = 'coalesced: superseded by newer job ' || :newest"
                      + " || ' of group ' || :g, claimed_by = NULL, claimed_until = NULL"
                      + " WHERE community_id = :c AND coalesce_group = :g AND state = 'pending'"
                      + " AND due_at <= :now AND id <> :newest"
                      + " AND (claimed_until IS NULL OR claimed_until <= :now)")
              .bind("c", group.communityId())
              .bind("g", group.name())
              .bind("now", now)
              .bind("newest", newest)
              .execute();
    }
    return cancelled;
  }

  /** Claims up to {@code limit} due jobs; each claim succeeds only if unclaimed or expired. */
  static List<Claimed> claim(
      Handle h, boolean skipLocked, String worker, long now, long leaseUntil, int limit) {
    List<Claimed> candidates =
        h.createQuery(
                "SELECT id, community_id, kind, payload, due_at, attempts FROM job"
                    + " WHERE state = 'pending' AND due_at <= :now"
                    + " AND (retry_at IS NULL OR retry_at <= :now)"
                    + " AND (claimed_until IS NULL OR claimed_until <= :now)"
                    + " ORDER BY due_at, id LIMIT :limit"
                    + (skipLocked ? " FOR UPDATE SKIP LOCKED" : ""))
            .bind("now", now)
            .bind("limit", limit)
            .map(
                (rs, ctx) ->
                    new Claimed(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getInt(6)))
            .list();
    List<Claimed> claimed = new ArrayList<>(candidates.size());
    for (Claimed job : candidates) {
      if (Lease.tryClaim(h, Lease.Table.JOB, job.id(), worker, leaseUntil, now)) {
        claimed.add(job);
      }
    }
    return claimed;
  }

  /** Returns false if the job is no longer ours (cancelled, or taken over after our lease). */
  static boolean done(Handle h, long id, String worker, long now) {
    return h.createUpdate(
                "UPDATE job SET state = 'done', done_at = :now, attempts = attempts + 1,"
                    + " last_error = NULL, retry_at = NULL, claimed_by = NULL, claimed_until = NULL"
                    + " WHERE id = :id AND state = 'pending' AND claimed_by = :worker")
            .bind("id", id)
            .bind("worker", worker)
            .bind("now", now)
            .execute()
        == 1;
  }

  static void retry(Handle h, long id, String worker, long retryAt, String error) {
    h.createUpdate(
            "UPDATE job SET attempts = attempts + 1, retry_at = :retry, last_error = :error,"
                + " claimed_by = NULL, claimed_until = NULL"
                + " WHERE id = :id AND state = 'pending' AND claimed_by = :worker")
        .bind("id", id)
        .bind("worker", worker)
        .bind("retry", retryAt)
        .bind("error", OutboxRows.truncate(error))
        .execute();
  }

  static void failed(Handle h, long id, String worker, long now, String error) {
    h.createUpdate(
            "UPDATE job SET state = 'failed', attempts = attempts + 1, done_at = :now,"
                + " last_error = :error, claimed_by = NULL, claimed_until = NULL"
                + " WHERE id = :id AND state = 'pending' AND claimed_by = :worker")
        .bind("id", id)
        .bind("worker", worker)
        .bind("now", now)
        .bind("error", OutboxRows.truncate(error))
        .execute();
  }
}
