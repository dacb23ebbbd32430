package org.mentorbot.core.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.feature.PersonalData;

/**
 * A member's round data for export and forget-me: rounds joined, pairs (either side), circles and
 * waitlist rows. Erasing removes the pairs the member was in, for both sides, and clears their id
 * from rounds they opened.
 */
final class RoundsData implements PersonalData {

  private final PairStore pairs;

  RoundsData(PairStore pairs) {
    this.pairs = pairs;
  }

  @Override
  public String section() {
    return "rounds";
  }

  @Override
  public Object export(Handle h, long communityId, String userId) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(
        "joined",
        h.createQuery(
                "SELECT r.number, p.role, p.joined_at FROM round_participant p JOIN match_round r"
                    + " ON r.id = p.round_id WHERE r.community_id = :c AND p.user_id = :u"
                    + " ORDER BY r.number, p.role")
            .bind("c", communityId)
            .bind("u", userId)
            .map(
                (rs, ctx) ->
                    Map.of(
                        "round",
                        rs.getInt(1),
                        "role",
                        rs.getString(2),
                        "joinedAt",
                        java.time.Instant.ofEpochMilli(rs.getLong(3)).toString()))
            .list());
    List<Map<String, Object>> matched =
        pairs.ofMember(h, communityId, userId).stream()
            .map(
                p -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("round", p.roundNumber());
                  row.put("mentor", p.mentorId());
                  row.put("mentee", p.menteeId());
                  row.put("score", p.score());
                  row.put("reasons", p.reasons());
                  row.put("state", p.active() ? "active" : "ended");
                  row.put("createdAt", p.createdAt().toString());
                  return row;
                })
            .toList();
    out.put("pairs", matched);
    out.put(
        "circles",
        h.createQuery(
                "SELECT r.number, c.circle_no FROM round_circle c JOIN match_round r"
                    + " ON r.id = c.round_id WHERE r.community_id = :c AND c.user_id = :u"
                    + " ORDER BY r.number")
            .bind("c", communityId)
            .bind("u", userId)
            .map((rs, ctx) -> Map.of("round", rs.getInt(1), "circle", rs.getInt(2)))
            .list());
    Map<String, String> unmatched = new LinkedHashMap<>();
    pairs.unmatchedOf(h, communityId, userId).forEach((n, why) -> unmatched.put("" + n, why));
    out.put("unmatched", unmatched);
    return out;
  }

  @Override
  public void erase(Handle tx, long communityId, String userId) {
    tx.createUpdate(
            "DELETE FROM round_participant WHERE user_id = :u"
                + " AND round_id IN (SELECT id FROM match_round WHERE community_id = :c)")
        .bind("c", communityId)
        .bind("u", userId)
        .execute();
    pairs.erase(tx, communityId, userId);
    tx.createUpdate(
            "UPDATE match_round SET opened_by = NULL WHERE community_id = :c AND opened_by = :u")
        .bind("c", communityId)
        .bind("u", userId)
        .execute();
  }
}
