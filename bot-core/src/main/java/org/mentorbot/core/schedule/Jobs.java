package org.mentorbot.core.schedule;

import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;

/** Future actions become rows with a due time before anything waits for them (DESIGN §6). */
public interface Jobs {

  /**
   * Schedules a job of {@code kind} at {@code dueAt}. A second call with the same community and
   * dedupe key keeps the first job, so re-scheduling the same thing is harmless.
   */
  default void schedule(
      Handle transaction,
      CommunityId community,
      String kind,
      String payload,
      Instant dueAt,
      String dedupeKey) {
    schedule(transaction, community, kind, payload, dueAt, dedupeKey, null);
  }

  /**
   * Like {@link #schedule(Handle, CommunityId, String, String, Instant, String)}, in a coalesce
   * group (null for none). When several pending jobs of one group in a community are overdue at
   * once, as after downtime, only the newest (latest due) runs and the older ones are cancelled, so
   * a restart does not fire a burst of stale nudges. Use one group per thing whose latest state is
   * all that matters, such as {@code "nudge:pair42"}.
   */
  void schedule(
      Handle transaction,
      CommunityId community,
      String kind,
      String payload,
      Instant dueAt,
      String dedupeKey,
      String coalesceGroup);

  /** Cancels the pending job with this dedupe key, if any. */
  void cancel(Handle transaction, CommunityId community, String dedupeKey);
}
