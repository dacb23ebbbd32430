package org.mentorbot.core.schedule;

import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;

/**
 * Told once per job when it keeps failing (its {@link #ALERT_AFTER}-th failure in a row, or its
 * last attempt if the budget is smaller), inside the transaction that records the failure, so an
 * alert it enqueues commits with it. If it throws, the failure is recorded anyway and logged.
 */
@FunctionalInterface
public interface FailingJobListener {

  /** Failures in a row before moderators hear of it: one blip is retried quietly. */
  int ALERT_AFTER = 3;

  FailingJobListener NONE = (transaction, job) -> {};

  void failing(Handle transaction, FailingJob job);

  /**
   * What failed: the job's kind, id and due time, how often, the last error, and whether it was
   * given up (no more attempts) or will be retried.
   */
  record FailingJob(
      CommunityId community,
      long jobId,
      String kind,
      long dueAt,
      int failures,
      String error,
      boolean givenUp) {}
}
