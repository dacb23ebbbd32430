package org.mentorbot.core.checkin;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jdbi.v3.core.Handle;

/**
 * Read-only check-in figures for moderators ({@code /mentor stats}): per round and overall.
 * Feedback appears only as counts and means; the one exception is the text of flagged comments,
 * which a moderator must read to keep members safe.
 */
public final class CheckinStats {

  private CheckinStats() {}

  /** One published round: how many pairs met, went stale, and what feedback said on average. */
  public record RoundStats(
      int roundNumber,
      int pairs,
      int metPairs,
      int stalePairs,
      int endedEarly,
      int feedbackCount,
      OptionalDouble meanRating) {
    public RoundStats {
      Objects.requireNonNull(meanRating, "meanRating");
    }

    /** Share of pairs that answered "met" at least once, 0–100. */
    public int metPercent() {
      return pairs == 0 ? 0 : metPairs * 100 / pairs;
    }
  }

  /** A comment with a safety word or a rating of 1: who, about whom, which round, what. */
  public record FlaggedComment(
      int roundNumber, String fromId, String aboutId, int rating, String comment) {
    public FlaggedComment {
      Objects.requireNonNull(fromId, "fromId");
      Objects.requireNonNull(aboutId, "aboutId");
      Objects.requireNonNull(comment, "comment");
    }
  }

  /** A community's figures: per round (oldest first), and totals. */
  public record Summary(
      List<RoundStats> rounds,
      int activePairs,
      int stalePairs,
      int answers,
      int feedbackCount,
      OptionalDouble meanRating,
      List<FlaggedComment> flagged) {
    public Summary {
      rounds = List.copyOf(rounds);
      Objects.requireNonNull(meanRating, "meanRating");
      flagged = List.copyOf(flagged);
    }
  }

  public static Summary forCommunity(Handle h, long communityId) {
    List<RoundStats> rounds =
        h.createQuery(
                "SELECT r.number, COUNT(c.pair_id) AS pairs, COALESCE(SUM(c.met), 0) AS met,"
                    + " COALESCE(SUM(c.escalated), 0) AS stale,"
                    + " (SELECT COUNT(*) FROM mentorship x WHERE x.round_id = r.id"
                    + "   AND x.end_reason = 'ended-early') AS ended,"
                    + " (SELECT COUNT(*) FROM checkin_feedback f WHERE f.round_id = r.id) AS fb,"
                    + " (SELECT AVG(f.rating) FROM checkin_feedback f WHERE f.round_id = r.id)"
                    + "   AS mean"
                    + " FROM match_round r JOIN checkin_pair c ON c.round_id = r.id"
                    + " WHERE r.community_id = :c GROUP BY r.id, r.number ORDER BY r.number")
            .bind("c", communityId)
            .map(
                (rs, ctx) -> {
                  double mean = rs.getDouble("mean");
                  boolean hasMean = !rs.wasNull();
                  return new RoundStats(
                      rs.getInt("number"),
                      rs.getInt("pairs"),
                      rs.getInt("met"),
                      rs.getInt("stale"),
                      rs.getInt("ended"),
                      rs.getInt("fb"),
                      hasMean ? OptionalDouble.of(mean) : OptionalDouble.empty());
                })
            .list();
    int active =
        count(
            h,
            "SELECT COUNT(*) FROM checkin_pair WHERE community_id = :c AND state = 'active'",
            communityId);
    int stale =
        count(
            h,
            "SELECT COUNT(*) FROM checkin_pair WHERE community_id = :c AND escalated = 1",
            communityId);
    int answers =
        count(h, "SELECT COUNT(*) FROM checkin_answer WHERE community_id = :c", communityId);
    int feedback =
        count(h, "SELECT COUNT(*) FROM checkin_feedback WHERE community_id = :c", communityId);
    OptionalDouble mean =
        h.createQuery("SELECT AVG(rating) FROM checkin_feedback WHERE community_id = :c")
            .bind("c", communityId)
            .map(
                (rs, ctx) -> {
                  double v = rs.getDouble(1);
                  return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(v);
                })
            .one();
    List<FlaggedComment> flagged =
        h.createQuery(
                "SELECT r.number, f.from_id, f.about_id, f.rating, f.comment FROM checkin_feedback f"
                    + " LEFT JOIN match_round r ON r.id = f.round_id WHERE f.community_id = :c"
                    + " AND f.flagged = 1 AND f.comment IS NOT NULL ORDER BY r.number, f.created_at")
            .bind("c", communityId)
            .map(
                (rs, ctx) ->
                    new FlaggedComment(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5)))
            .list();
    return new Summary(rounds, active, stale, answers, feedback, mean, flagged);
  }

  private static int count(Handle h, String sql, long communityId) {
    return h.createQuery(sql).bind("c", communityId).mapTo(Integer.class).one();
  }
}
