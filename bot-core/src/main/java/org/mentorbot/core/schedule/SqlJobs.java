package org.mentorbot.core.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunityStore;

/**
 * The job table. Dedupe keys name one occurrence for the life of the community: the first schedule
 * wins and a done or failed job is never re-created by a repeat (so retried work cannot run it
 * twice). Recurring work puts the occurrence in its key ({@code checkin:pair42:3}). Only a
 * cancelled job comes back when scheduled again, with the new time and payload.
 */
public final class SqlJobs implements Jobs {

  private final CommunityStore communities;
  private final Clock clock;
  private final Runnable afterCommit;

  /**
   * @param afterCommit runs after a transaction that scheduled a job commits; pass the runner's
   *     {@link JobRunner#wake()} so a job due now does not wait for a poll
   */
  public SqlJobs(CommunityStore communities, Clock clock, Runnable afterCommit) {
    this.communities = Objects.requireNonNull(communities, "communities");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.afterCommit = Objects.requireNonNull(afterCommit, "afterCommit");
  }

  public SqlJobs(CommunityStore communities, Clock clock) {
    this(communities, clock, () -> {});
  }

  @Override
  public void schedule(
      Handle transaction,
      CommunityId community,
      String kind,
      String payload,
      Instant dueAt,
      String dedupeKey,
      String coalesceGroup) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(dueAt, "dueAt");
    if (kind.isBlank() || kind.length() > 100) {
      throw new IllegalArgumentException("job kind must be 1-100 characters: '" + kind + "'");
    }
    SqlOutbox.requireKey(dedupeKey, "dedupe key");
    if (coalesceGroup != null) {
      SqlOutbox.requireKey(coalesceGroup, "coalesce group");
    }
    long communityId = SqlOutbox.communityRow(communities, transaction, community);
    long now = clock.millis();
    int changed =
        transaction
            .createUpdate(
                "INSERT INTO job (community_id, kind, payload, dedupe_key, due_at, coalesce_group,"
                    + " created_at) VALUES (:c, :kind, :payload, :key, :due, :group, :now)"
                    + " ON CONFLICT (community_id, dedupe_key) DO NOTHING")
            .bind("c", communityId)
            .bind("kind", kind)
            .bind("payload", payload)
            .bind("key", dedupeKey)
            .bind("due", dueAt.toEpochMilli())
            .bind("group", coalesceGroup)
            .bind("now", now)
            .execute();
    if (changed == 0) {
      changed =
          transaction
              .createUpdate(
                  "UPDATE job SET state = 'pending', kind = :kind, payload = :payload,"
                      + " due_at = :due, coalesce_group = :group, attempts = 0, retry_at = NULL,"
                      + " claimed_by = NULL, claimed_until = NULL, last_error = NULL,"
                      + " done_at = NULL, created_at = :now"
                      + " WHERE community_id = :c AND dedupe_key = :key AND state = 'cancelled'")
              .bind("c", communityId)
              .bind("kind", kind)
              .bind("payload", payload)
              .bind("key", dedupeKey)
              .bind("due", dueAt.toEpochMilli())
              .bind("group", coalesceGroup)
              .bind("now", now)
              .execute();
    }
    if (changed > 0) {
      transaction.afterCommit(afterCommit);
    }
  }

  @Override
  public void cancel(Handle transaction, CommunityId community, String dedupeKey) {
    SqlOutbox.requireKey(dedupeKey, "dedupe key");
    communities
        .find(transaction, community)
        .ifPresent(
            communityId ->
                transaction
                    .createUpdate(
                        "UPDATE job SET state = 'cancelled', last_error = 'cancelled',"
                            + " done_at = :now, claimed_by = NULL, claimed_until = NULL"
                            + " WHERE community_id = :c AND dedupe_key = :key"
                            + " AND state = 'pending'")
                    .bind("c", communityId)
                    .bind("key", dedupeKey)
                    .bind("now", clock.millis())
                    .execute());
  }
}
