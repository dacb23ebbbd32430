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
}
