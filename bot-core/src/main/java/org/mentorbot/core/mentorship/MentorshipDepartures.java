package org.mentorbot.core.mentorship;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.roster.Departures;

/**
 * A block ends every running mentorship between the two members; a leave ends every running
 * mentorship of the member. The others are told kindly (never that it was a block), the moderators
 * privately, and pending nudges are cancelled with the check-ins.
 */
final class MentorshipDepartures implements Departures {

  private final Mentorships mentorships;
  private final Ending ending;

  MentorshipDepartures(Mentorships mentorships, Ending ending) {
    this.mentorships = mentorships;
    this.ending = ending;
  }

  @Override
  public int blocked(Handle tx, CommunityId community, String blocker, String blocked) {
    long c = mentorships.context.communities().idOf(tx, community);
    List<Mentorship> between = mentorships.runningBetween(tx, c, blocker, blocked);
    for (Mentorship m : between) {
      ending.byDeparture(tx, community, m, blocker, "blocked another member", true);
    }
    return between.size();
  }

  @Override
  public void left(Handle tx, CommunityId community, String userId) {
    leave(tx, community, userId, "left the roster", true);
  }

  /** Ends every running mentorship of {@code userId}; unnamed for forget-me. */
  void leave(Handle tx, CommunityId community, String userId, String what, boolean named) {
    long c = mentorships.context.communities().idOf(tx, community);
    for (Mentorship m : mentorships.store.runningOf(tx, c, userId)) {
      ending.byDeparture(tx, community, m, userId, what, named);
    }
  }
}
