package org.mentorbot.core.checkin;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.matching.PairRow;
import org.mentorbot.core.matching.Round;
import org.mentorbot.core.matching.RoundListener;

/**
 * Starts and ends check-ins inside the round's own transactions. A publish ends the pairs of
 * earlier rounds that are still running (feedback prompts), starts the new pairs' nudges and clears
 * the priority of the mentees it just planned; a round's close ends its pairs.
 */
final class RoundHooks implements RoundListener {

  private final Checkins checkins;

  RoundHooks(Checkins checkins) {
    this.checkins = checkins;
  }

  @Override
  public void published(Handle tx, CommunityId community, Round round, List<PairRow> pairs) {
    long c = round.communityId();
    for (CheckinPair old : checkins.store.activeOutside(tx, c, round.id())) {
      checkins.end(tx, community, old);
    }
    CommunitySettings settings = checkins.context.settings().load(tx, community);
    int planned = Nudges.planned(settings);
    for (PairRow pair : pairs) {
      if (!pair.active()) {
        continue;
      }
      checkins.store.start(tx, pair.id(), c, round.id(), planned, pair.createdAt());
      checkins.nudges.plan(tx, community, pair.id(), pair.createdAt(), settings);
    }
    checkins.store.clearPriority(tx, c, round.id());
  }

  @Override
  public void closed(Handle tx, CommunityId community, Round round) {
    for (CheckinPair pair : checkins.store.activeOfRound(tx, round.id())) {
      checkins.end(tx, community, pair);
    }
  }
}
