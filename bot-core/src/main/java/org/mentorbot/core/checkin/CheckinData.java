package org.mentorbot.core.checkin;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.feature.PersonalData;

/**
 * A member's check-in data: the answers they gave and the feedback they gave. Feedback others gave
 * about the member is confidential and is not exported, not even as an average (one rating would
 * show through); forget-me erases it with everything else, including any waitlist priority.
 */
final class CheckinData implements PersonalData {

  @Override
  public String section() {
    return "checkins";
  }

  @Override
  public Object export(Handle h, long communityId, String userId) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<Map<String, Object>> answers =
        h.createQuery(
                "SELECT r.number, a.answer, a.note, a.created_at FROM checkin_answer a"
                    + " JOIN checkin_pair c ON c.pair_id = a.pair_id"
                    + " LEFT JOIN match_round r ON r.id = c.round_id"
                    + " WHERE a.community_id = :c AND a.user_id = :u ORDER BY a.id")
            .bind("c", communityId)
            .bind("u", userId)
            .map(
                (rs, ctx) -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("round", rs.getObject(1));
                  m.put("answer", rs.getString(2));
                  m.put("note", rs.getString(3));
                  m.put("at", java.time.Instant.ofEpochMilli(rs.getLong(4)).toString());
                  return m;
                })
            .list();
    out.put("answers", answers);
    List<Map<String, Object>> given =
        h.createQuery(
                "SELECT r.number, f.about_id, f.rating, f.comment FROM checkin_feedback f"
                    + " LEFT JOIN match_round r ON r.id = f.round_id"
                    + " WHERE f.community_id = :c AND f.from_id = :u ORDER BY f.created_at")
            .bind("c", communityId)
            .bind("u", userId)
            .map(
                (rs, ctx) -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("round", rs.getObject(1));
                  m.put("about", rs.getString(2));
                  m.put("rating", rs.getInt(3));
                  m.put("comment", rs.getString(4));
                  return m;
                })
            .list();
    out.put("feedbackGiven", given);
    out.put("priority", new CheckinStore().priority(h, communityId, userId).orElse(null));
    return out;
  }

  /** Check-in notes and feedback comments the member wrote. */
  @Override
  public Set<String> writtenBy(Handle h, long communityId, String userId) {
    Set<String> texts = new LinkedHashSet<>();
    texts.addAll(
        h.createQuery(
                "SELECT note FROM checkin_answer WHERE community_id = :c AND user_id = :u"
                    + " AND note IS NOT NULL")
            .bind("c", communityId)
            .bind("u", userId)
            .mapTo(String.class)
            .list());
    texts.addAll(
        h.createQuery(
                "SELECT comment FROM checkin_feedback WHERE community_id = :c AND from_id = :u"
                    + " AND comment IS NOT NULL")
            .bind("c", communityId)
            .bind("u", userId)
            .mapTo(String.class)
            .list());
    return texts;
  }

  @Override
  public void erase(Handle tx, long communityId, String userId) {
    tx.createUpdate("DELETE FROM checkin_answer WHERE community_id = :c AND user_id = :u")
        .bind("c", communityId)
        .bind("u", userId)
        .execute();
    tx.createUpdate(
            "DELETE FROM checkin_feedback WHERE community_id = :c"
                + " AND (from_id = :u OR about_id = :u)")
        .bind("c", communityId)
        .bind("u", userId)
        .execute();
    tx.createUpdate("DELETE FROM mentee_priority WHERE community_id = :c AND user_id = :u")
        .bind("c", communityId)
        .bind("u", userId)
        .execute();
    // The nudge state goes with the mentorships (erased by the mentorship slice; cascades).
    tx.createUpdate(
            "DELETE FROM checkin_pair WHERE pair_id IN (SELECT mentorship_id FROM"
                + " mentorship_member WHERE community_id = :c AND user_id = :u)")
        .bind("c", communityId)
        .bind("u", userId)
        .execute();
  }
}
