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
  void schedule(
      Handle transaction,
      CommunityId community,
      String kind,
      String payload,
      Instant dueAt,
      String dedupeKey);

  /** Cancels the pending job with this dedupe key, if any. */
  void cancel(Handle transaction, CommunityId community, String dedupeKey);
}
