package org.mentorbot.core.checkin;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.matching.PairRow;
import org.mentorbot.core.matching.Round;
import org.mentorbot.core.matching.RoundListener;

/**
 * A publish clears the priority of the mentees it just planned. Rounds no longer start or end
 * check-ins: those follow mentorships ({@link MentorshipHooks}), which a publish creates and
 * nothing about a round ends.
 */
final class RoundHooks implements RoundListener {

  private final Checkins checkins;

  RoundHooks(Checkins checkins) {
    this.checkins = checkins;
  }

  @Override
  public void published(Handle tx, CommunityId community, Round round, List<PairRow> pairs) {
    checkins.store.clearPriority(tx, round.communityId(), round.id());
  }
}
