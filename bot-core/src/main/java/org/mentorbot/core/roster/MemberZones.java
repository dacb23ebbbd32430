package org.mentorbot.core.roster;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunityStore;
import org.mentorbot.core.storage.Database;

/**
 * A member's timezone as their profile says, for front ends that render times themselves (the
 * console prints {@link org.mentorbot.core.messaging.TimeTokens} in the reader's zone).
 */
public final class MemberZones {

  private final Database database;
  private final CommunityStore communities;
  private final RosterStore roster;

  public MemberZones(Database database, Clock clock) {
    this.database = database;
    this.communities = new CommunityStore(clock);
    this.roster = new RosterStore(clock);
  }

  /** The member's profile zone; empty without a profile or without a zone in it. */
  public Optional<ZoneId> zoneOf(CommunityId community, String userId) {
    return database.read(
        h ->
            communities
                .find(h, community)
                .flatMap(c -> roster.find(h, c, userId))
                .flatMap(Profile::zone));
  }
}
