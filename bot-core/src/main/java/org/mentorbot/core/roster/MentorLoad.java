package org.mentorbot.core.roster;

import org.jdbi.v3.core.Handle;

/**
 * How many active mentees a mentor has; the matching slice knows, the roster asks. Defaults to none
 * until matching is wired in.
 */
public interface MentorLoad {

  int activeMentees(Handle handle, long communityId, String mentorId);

  static MentorLoad none() {
    return (handle, communityId, mentorId) -> 0;
  }
}
