package org.mentorbot.core.roster;

import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * A member's choice of round notices ({@code /mentor edit notify:rounds|off}): a DM when a round
 * opens and one reminder before its sign-up closes. Stored on the member row, on by default.
 */
public final class RoundNotices {

  /** The {@code notify:} value that turns them on. */
  public static final String ROUNDS = "rounds";

  /** The {@code notify:} value that turns them off. */
  public static final String OFF = "off";

  /** Whether {@code userId} gets round notices; false when not on the member table. */
  public boolean on(Handle h, long communityId, String userId) {
    return h.createQuery(
            "SELECT round_notices FROM member WHERE community_id = :c AND user_id = :u")
        .bind("c", communityId)
        .bind("u", userId)
        .mapTo(Integer.class)
        .findOne()
        .map(v -> v == 1)
        .orElse(false);
  }

  /** Members who turned round notices off, sorted. */
  public Set<String> off(Handle h, long communityId) {
    return new TreeSet<>(
        h.createQuery("SELECT user_id FROM member WHERE community_id = :c AND round_notices = 0")
            .bind("c", communityId)
            .mapTo(String.class)
            .list());
  }

  void set(Handle tx, long communityId, String userId, boolean on) {
    tx.createUpdate("UPDATE member SET round_notices = :v WHERE community_id = :c AND user_id = :u")
        .bind("v", on ? 1 : 0)
        .bind("c", communityId)
        .bind("u", userId)
        .execute();
  }
}
