package org.mentorbot.core.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Meetings per round for {@code /mentor stats}: proposed (every proposal, answered or not),
 * scheduled (accepted at some point, even if later cancelled) and held (set, begun, and a member
 * answered "met" to a check-in or the follow-up within {@link #HELD_WITHIN} of its start). Counts
 * only, never who or when.
 */
public final class MeetingStats {

  static final Duration HELD_WITHIN = Duration.ofDays(7);

  private MeetingStats() {}

  /** One round's meeting counts. */
  public record RoundMeetings(int proposed, int scheduled, int held) {}

  /** Counts by round number, oldest round first; rounds without meetings are left out. */
  public static Map<Integer, RoundMeetings> perRound(Handle h, long communityId, Instant now) {
    Map<Integer, RoundMeetings> out = new LinkedHashMap<>();
    h.createQuery(
            "SELECT r.number,"
                + " COUNT(*),"
                + " SUM(CASE WHEN m.scheduled_at IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN m.state = 'scheduled' AND m.starts_at <= :now AND EXISTS"
                + " (SELECT 1 FROM checkin_answer a WHERE a.pair_id = m.mentorship_id"
                + " AND a.answer = 'met' AND a.created_at >= m.starts_at"
                + " AND a.created_at < m.starts_at + :within) THEN 1 ELSE 0 END)"
                + " FROM meeting m JOIN match_round r ON r.id = m.round_id"
                + " WHERE m.community_id = :c GROUP BY r.number ORDER BY r.number")
        .bind("c", communityId)
        .bind("now", now.toEpochMilli())
        .bind("within", HELD_WITHIN.toMillis())
        .map(
            (rs, ctx) ->
                Map.entry(
                    rs.getInt(1), new RoundMeetings(rs.getInt(2), rs.getInt(3), rs.getInt(4))))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
