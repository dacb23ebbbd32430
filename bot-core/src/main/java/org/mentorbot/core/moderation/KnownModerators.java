package org.mentorbot.core.moderation;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunityStore;
import org.mentorbot.core.storage.Database;

/**
 * The members seen acting as moderators. The core learns moderator rights only from the platform
 * facts that come with each command, so this is the list of moderators who have used mentorbot;
 * someone seen without the rights is taken off it at once.
 */
public final class KnownModerators {

  private final CommunityStore communities;
  private final Clock clock;

  public KnownModerators(CommunityStore communities, Clock clock) {
    this.communities = Objects.requireNonNull(communities, "communities");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Records what the platform says about {@code userId} now; writes only when that changed. */
  public void observe(Database db, CommunityId community, String userId, boolean moderator) {
    boolean known =
        db.read(h -> communities.find(h, community).map(c -> isKnown(h, c, userId)).orElse(false));
    if (known == moderator) {
      return;
    }
    db.writeVoid(
        tx -> {
          long c = communities.idOf(tx, community);
          if (moderator) {
            tx.createUpdate(
                    "INSERT INTO known_moderator (community_id, user_id, seen_at)"
                        + " VALUES (:c, :u, :now) ON CONFLICT (community_id, user_id) DO NOTHING")
                .bind("c", c)
                .bind("u", userId)
                .bind("now", clock.millis())
                .execute();
          } else {
            forget(tx, c, userId);
          }
        });
  }

  private static boolean isKnown(Handle h, long community, String userId) {
    Optional<Integer> row =
        h.createQuery("SELECT 1 FROM known_moderator WHERE community_id = :c AND user_id = :u")
            .bind("c", community)
            .bind("u", userId)
            .mapTo(Integer.class)
            .findOne();
    return row.isPresent();
  }

  /** The known moderators' user ids, in a stable order. */
  public static List<String> list(Handle h, long community) {
    return h.createQuery(
            "SELECT user_id FROM known_moderator WHERE community_id = :c ORDER BY user_id")
        .bind("c", community)
        .mapTo(String.class)
        .list();
  }

  public static boolean isKnownModerator(Handle h, long community, String userId) {
    return isKnown(h, community, userId);
  }

  public static void forget(Handle tx, long community, String userId) {
    tx.createUpdate("DELETE FROM known_moderator WHERE community_id = :c AND user_id = :u")
        .bind("c", community)
        .bind("u", userId)
        .execute();
  }
}
