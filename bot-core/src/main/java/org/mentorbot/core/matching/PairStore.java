package org.mentorbot.core.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.mentorbot.core.matching.engine.MatchedPair;
import org.mentorbot.core.matching.engine.UnmatchedMentee;

/** SQL for what a published round made: {@code match_pair}, {@code round_unmatched}, circles. */
public final class PairStore {

  private static final String PAIR =
      "SELECT p.id, p.round_id, r.number, p.mentor_id, p.mentee_id, p.score, p.reasons,"
          + " p.state, p.created_at, p.ended_at FROM match_pair p"
          + " JOIN match_round r ON r.id = p.round_id ";

  /** The {@code round_unmatched.cause} of a peer no circle could take. */
  public static final String NOT_PLACED = "NOT_PLACED";

  /** Stores a pair once; a repeat (same round, mentor, mentee) stores nothing. */
  public boolean insert(Handle tx, long roundId, long communityId, MatchedPair pair, Instant now) {
    return tx.createUpdate(
                "INSERT INTO match_pair (round_id, community_id, mentor_id, mentee_id, score,"
                    + " reasons, state, created_at) VALUES (:r, :c, :m, :e, :score, :reasons,"
                    + " 'active', :now) ON CONFLICT (round_id, mentor_id, mentee_id) DO NOTHING")
            .bind("r", roundId)
            .bind("c", communityId)
            .bind("m", pair.mentorId())
            .bind("e", pair.menteeId())
            .bind("score", pair.score())
            .bind("reasons", String.join("\n", pair.reasonTexts()))
            .bind("now", now.toEpochMilli())
            .execute()
        == 1;
  }

  public void insertUnmatched(Handle tx, long roundId, UnmatchedMentee mentee) {
    insertUnmatched(tx, roundId, mentee.menteeId(), mentee.cause().name(), mentee.reason());
  }

  /** An unmatched member with its cause: an engine cause name, or {@link #NOT_PLACED}. */
  public void insertUnmatched(
      Handle tx, long roundId, String memberId, String cause, String reason) {
    tx.createUpdate(
            "INSERT INTO round_unmatched (round_id, mentee_id, cause, reason)"
                + " VALUES (:r, :e, :cause, :reason) ON CONFLICT DO NOTHING")
        .bind("r", roundId)
        .bind("e", memberId)
        .bind("cause", cause)
        .bind("reason", reason)
        .execute();
  }

  public void insertCircleMember(Handle tx, long roundId, int circleNo, String userId) {
    tx.createUpdate(
            "INSERT INTO round_circle (round_id, circle_no, user_id) VALUES (:r, :n, :u)"
                + " ON CONFLICT DO NOTHING")
        .bind("r", roundId)
        .bind("n", circleNo)
        .bind("u", userId)
        .execute();
  }

  public List<PairRow> ofRound(Handle h, long roundId) {
    return h.createQuery(PAIR + "WHERE p.round_id = :r ORDER BY p.mentor_id, p.mentee_id")
        .bind("r", roundId)
        .map(PairStore::pair)
        .list();
  }

  /** Every pair the member was part of, newest round first. */
  public List<PairRow> ofMember(Handle h, long communityId, String userId) {
    return h.createQuery(
            PAIR
                + "WHERE p.community_id = :c AND (p.mentor_id = :u OR p.mentee_id = :u)"
                + " ORDER BY r.number DESC, p.mentor_id, p.mentee_id")
        .bind("c", communityId)
        .bind("u", userId)
        .map(PairStore::pair)
        .list();
  }

  /** Mentee id → reason, for a round's unmatched mentees. */
  public Map<String, String> unmatched(Handle h, long roundId) {
    return h
        .createQuery(
            "SELECT mentee_id, reason FROM round_unmatched WHERE round_id = :r ORDER BY mentee_id")
        .bind("r", roundId)
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
        .list()
        .stream()
        .collect(
            java.util.stream.Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new));
  }

  /** The member's circle-mates in a peer round (empty when not in a circle). */
  public List<String> circleOf(Handle h, long roundId, String userId) {
    return h.createQuery(
            "SELECT o.user_id FROM round_circle me JOIN round_circle o ON o.round_id = me.round_id"
                + " AND o.circle_no = me.circle_no WHERE me.round_id = :r AND me.user_id = :u"
                + " ORDER BY o.user_id")
        .bind("r", roundId)
        .bind("u", userId)
        .mapTo(String.class)
        .list();
  }

  public int circleCount(Handle h, long roundId) {
    return h.createQuery("SELECT COUNT(DISTINCT circle_no) FROM round_circle WHERE round_id = :r")
        .bind("r", roundId)
        .mapTo(Integer.class)
        .one();
  }

  /** The rounds in which the member was left unmatched: round number → reason. */
  public Map<Integer, String> unmatchedOf(Handle h, long communityId, String userId) {
    return h
        .createQuery(
            "SELECT r.number, u.reason FROM round_unmatched u JOIN match_round r"
                + " ON r.id = u.round_id WHERE r.community_id = :c AND u.mentee_id = :u"
                + " ORDER BY r.number")
        .bind("c", communityId)
        .bind("u", userId)
        .map((rs, ctx) -> Map.entry(rs.getInt(1), rs.getString(2)))
        .list()
        .stream()
        .collect(
            java.util.stream.Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new));
  }

  /** Erases the member's pairs, unmatched rows and circle places (forget-me). */
  public void erase(Handle tx, long communityId, String userId) {
    tx.createUpdate(
            "DELETE FROM match_pair WHERE community_id = :c AND (mentor_id = :u OR mentee_id = :u)")
        .bind("c", communityId)
        .bind("u", userId)
        .execute();
    for (String table : List.of("round_unmatched", "round_circle")) {
      String column = table.equals("round_unmatched") ? "mentee_id" : "user_id";
      tx.createUpdate(
              "DELETE FROM "
                  + table
                  + " WHERE "
                  + column
                  + " = :u AND round_id IN (SELECT id FROM match_round WHERE community_id = :c)")
          .bind("c", communityId)
          .bind("u", userId)
          .execute();
    }
  }

  private static PairRow pair(ResultSet rs, StatementContext ctx) throws SQLException {
    long ended = rs.getLong("ended_at");
    boolean hasEnded = !rs.wasNull();
    String reasons = rs.getString("reasons");
    return new PairRow(
        rs.getLong("id"),
        rs.getLong("round_id"),
        rs.getInt("number"),
        rs.getString("mentor_id"),
        rs.getString("mentee_id"),
        rs.getInt("score"),
        reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\n")),
        rs.getString("state").equals("active"),
        Instant.ofEpochMilli(rs.getLong("created_at")),
        hasEnded ? Optional.of(Instant.ofEpochMilli(ended)) : Optional.empty());
  }
}
