package org.mentorbot.core.schedule;

import java.util.List;
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

  /**
   * Releases the claims that workers of {@code me}'s role left on this host when their process
   * ended (see {@link WorkerId#outlived}), so a restarted process does not wait out their leases.
   * Returns how many rows were released.
   */
  static int releaseOutlived(Handle h, Table table, WorkerId me) {
    List<String> holders =
        h.createQuery(
                "SELECT DISTINCT claimed_by FROM "
                    + table.sql
                    + " WHERE state = 'pending' AND claimed_by IS NOT NULL")
            .mapTo(String.class)
            .list();
    int released = 0;
    for (String holder : holders) {
      if (WorkerId.parse(holder).filter(me::outlived).isPresent()) {
        released +=
            h.createUpdate(
                    "UPDATE "
                        + table.sql
                        + " SET claimed_by = NULL, claimed_until = NULL"
                        + " WHERE state = 'pending' AND claimed_by = :holder")
                .bind("holder", holder)
                .execute();
      }
    }
    return released;
  }
}
