package org.mentorbot.core.roster;

import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;

/**
 * What a block or a leave means beyond the roster (the mentorships between those members end), told
 * inside the roster command's transaction so both commit together. The mentorship slice implements
 * it; the roster does not know mentorships.
 */
public interface Departures {

  Departures NONE = new Departures() {};

  /** {@code blocker} blocked {@code blocked}; returns how many mentorships that ended. */
  default int blocked(Handle tx, CommunityId community, String blocker, String blocked) {
    return 0;
  }

  /** {@code userId} left the roster. */
  default void left(Handle tx, CommunityId community, String userId) {}
}
