package org.mentorbot.core.matching;

import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.roster.MentorLoad;

/** The roster's mentor load from active {@code match_pair} rows, so find shows free capacity. */
public final class ActivePairsLoad implements MentorLoad {

  private final PairStore pairs = new PairStore();

  @Override
  public Map<String, Integer> activeMentees(Handle handle, long communityId) {
    return pairs.activeMenteesByMentor(handle, communityId);
  }
}
