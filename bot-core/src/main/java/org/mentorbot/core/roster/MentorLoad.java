package org.mentorbot.core.roster;

import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * How many active mentees each mentor has; the matching slice knows, the roster asks. One call per
 * community, so listing mentors costs one query however many there are.
 */
public interface MentorLoad {

  /** Active mentees by mentor id; mentors with none may be absent. */
  Map<String, Integer> activeMentees(Handle handle, long communityId);

  static MentorLoad none() {
    return (handle, communityId) -> Map.of();
  }
}
