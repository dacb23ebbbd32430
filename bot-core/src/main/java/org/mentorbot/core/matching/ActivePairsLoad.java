package org.mentorbot.core.matching;

import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.mentorship.MentorshipStore;
import org.mentorbot.core.roster.MentorLoad;

/** The roster's mentor load from running mentorships, so find shows free capacity. */
public final class ActivePairsLoad implements MentorLoad {

  private final MentorshipStore mentorships = new MentorshipStore();

  @Override
  public Map<String, Integer> activeMentees(Handle handle, long communityId) {
    return mentorships.runningMenteesByMentor(handle, communityId);
  }
}
