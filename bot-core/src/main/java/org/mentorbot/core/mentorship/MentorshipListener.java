package org.mentorbot.core.mentorship;

import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;

/**
 * Lets another slice (check-ins) act inside the transaction that starts, extends or ends a
 * mentorship: schedule its nudges, plan the next term's check-ins, cancel pending nudges and send
 * the feedback prompts. Whatever it stores commits with the mentorship's change.
 */
public interface MentorshipListener {

  default void started(Handle tx, CommunityId community, Mentorship mentorship) {}

  /** Both continued: {@code mentorship} is the new term (its planned end moved). */
  default void extended(Handle tx, CommunityId community, Mentorship mentorship) {}

  /** {@code mentorship} has just ended; {@code feedback} says whether to ask for feedback. */
  default void ended(Handle tx, CommunityId community, Mentorship mentorship, boolean feedback) {}
}
