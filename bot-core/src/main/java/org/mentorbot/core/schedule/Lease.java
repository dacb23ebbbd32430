package org.mentorbot.core.schedule;

import org.jdbi.v3.core.Handle;

/**
 * Claims one pending row of a work table (outbox or job) for a worker until a lease expires. The
 * UPDATE succeeds only if the row is unclaimed or its lease ran out, so two workers (or two
 * processes on a shared database) never both win the same row.
 */
final class Lease {

  /** The work tables that are claimed this way; a fixed set, never member input. */
  enum Table {
    OUTBOX("outbox"),
    JOB("job");

    private final String sql;

    Table(String sql) {
      this.sql = sql;
    }
  }

  private Lease() {}

  static boolean tryClaim(
      Handle h, Table table, long id, String worker, long leaseUntil, long now) {
    return h.createUpdate(
                "UPDATE "
                    + table.sql
                    + " SET claimed_by = :worker, claimed_until = :until"
                    + " WHERE id = :id AND state = 'pending'"
                    + " AND (claimed_until IS NULL OR claimed_until <= :now)")
            .bind("worker", worker)
            .bind("until", leaseUntil)
            .bind("id", id)
            .bind("now", now)
            .execute()
        == 1;
  }
}
