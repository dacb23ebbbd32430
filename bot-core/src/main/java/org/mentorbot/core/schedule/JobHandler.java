package org.mentorbot.core.schedule;

import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;

/**
 * Runs jobs of one kind. {@link #run} executes inside the transaction that marks the job done, so
 * its effects (state changes, outbox rows, follow-up jobs) and the job's completion commit together
 * or not at all.
 */
public interface JobHandler {

  String kind();

  void run(Handle transaction, CommunityId community, String payload, Instant dueAt);

  /** A job's work when it needs only its payload, not the time it was due. */
  @FunctionalInterface
  interface Work {
    void run(Handle transaction, CommunityId community, String payload);
  }

  /** A handler of {@code kind} jobs that runs {@code work}. */
  static JobHandler of(String kind, Work work) {
    return new JobHandler() {
      @Override
      public String kind() {
        return kind;
      }

      @Override
      public void run(Handle transaction, CommunityId community, String payload, Instant dueAt) {
        work.run(transaction, community, payload);
      }
    };
  }
}
