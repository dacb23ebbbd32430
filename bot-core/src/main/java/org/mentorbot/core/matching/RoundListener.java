package org.mentorbot.core.matching;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;

/**
 * Lets another slice (check-ins) act inside the transaction that publishes or closes a round, for
 * example to schedule the first nudge of every pair. Whatever it stores commits with the round.
 */
public interface RoundListener {

  /** The round was published and {@code pairs} (mentorship rounds) were stored. */
  default void published(Handle tx, CommunityId community, Round round, List<PairRow> pairs) {}

  /** The round's time is over; its pairs have just been ended. */
  default void closed(Handle tx, CommunityId community, Round round) {}
}
