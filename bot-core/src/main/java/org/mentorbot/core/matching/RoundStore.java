package org.mentorbot.core.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.mentorbot.core.matching.engine.RoundKind;

/** SQL for {@code match_round} and {@code round_participant}. */
public final class RoundStore {

  private static final String COLUMNS =
      "id, community_id, number, kind, state, opened_at, signup_closes_at, match_at,"
          + " published_at, opened_by, seed";

  public Optional<Round> byId(Handle h, long roundId) {
    return h.createQuery("SELECT " + COLUMNS + " FROM match_round WHERE id = :id")
        .bind("id", roundId)
        .map(RoundStore::round)
        .findOne();
  }

  /** The round taking sign-ups, if any. */
  public Optional<Round> open(Handle h, long communityId) {
    return h.createQuery(
            "SELECT " + COLUMNS + " FROM match_round WHERE community_id = :c AND state = 'open'")
        .bind("c", communityId)
        .map(RoundStore::round)
        .findOne();
  }

  /** The community's rounds, newest first. */
  public List<Round> recent(Handle h, long communityId, int limit) {
    return h.createQuery(
            "SELECT "
                + COLUMNS
                + " FROM match_round WHERE community_id = :c ORDER BY number DESC LIMIT :n")
        .bind("c", communityId)
        .bind("n", limit)
        .map(RoundStore::round)
        .list();
  }

  /** Published or closed rounds numbered below {@code number}, the most recent first. */
  public List<Round> matchedBefore(Handle h, long communityId, int number, int limit) {
    return h.createQuery(
            "SELECT "
                + COLUMNS
                + " FROM match_round WHERE community_id = :c AND number < :n"
                + " AND state IN ('published', 'closed') ORDER BY number DESC LIMIT :limit")
        .bind("c", communityId)
        .bind("n", number)
        .bind("limit", limit)
        .map(RoundStore::round)
        .list();
  }

  /** Stores a new open round; the partial unique index refuses a second open one. */
  public Round insert(
      Handle tx,
      long communityId,
      RoundKind kind,
      Instant openedAt,
      Instant signupClosesAt,
      Instant matchAt,
      String openedBy,
      long seed) {
    int number =
        tx.createQuery(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM match_round WHERE community_id = :c")
            .bind("c", communityId)
            .mapTo(Integer.class)
            .one();
    long id =
        tx.createUpdate(
                "INSERT INTO match_round (community_id, number, kind, state, opened_at,"
                    + " signup_closes_at, match_at, opened_by, seed) VALUES (:c, :n, :kind,"
                    + " 'open', :opened, :closes, :match, :by, :seed)")
            .bind("c", communityId)
            .bind("n", number)
            .bind("kind", Kinds.label(kind))
            .bind("opened", openedAt.toEpochMilli())
            .bind("closes", signupClosesAt.toEpochMilli())
            .bind("match", matchAt.toEpochMilli())
            .bind("by", openedBy)
            .bind("seed", seed)
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    return byId(tx, id).orElseThrow();
  }

  /**
   * Moves the community's open round (or the given one) to {@code to} if it is still open; the
   * guard that makes publish and cancel happen once. Returns the round id moved, if any.
   */
  public Optional<Long> leaveOpen(Handle tx, long communityId, RoundState to, Instant now) {
    Optional<Long> id =
        tx.createQuery("SELECT id FROM match_round WHERE community_id = :c AND state = 'open'")
            .bind("c", communityId)
            .mapTo(Long.class)
            .findOne();
    return id.filter(roundId -> moveIfOpen(tx, roundId, to, now));
  }

  /**
   * Moves the given round to {@code to} only if it is still open; true only for the call that moved
   * it. The {@code state = 'open'} guard is what makes a publish or cancel happen once.
   */
  public boolean moveIfOpen(Handle tx, long roundId, RoundState to, Instant now) {
    return tx.createUpdate(
                "UPDATE match_round SET state = :to, published_at = CASE WHEN :to = 'published'"
                    + " THEN :now ELSE published_at END WHERE id = :id AND state = 'open'")
            .bind("to", to.label())
            .bind("now", now.toEpochMilli())
            .bind("id", roundId)
            .execute()
        == 1;
  }

  /** Published → closed; false if it was not published. */
  public boolean close(Handle tx, long roundId) {
    return tx.createUpdate(
                "UPDATE match_round SET state = 'closed' WHERE id = :id AND state = 'published'")
            .bind("id", roundId)
            .execute()
        == 1;
  }

  public List<Participant> participants(Handle h, long roundId) {
    return h.createQuery(
            "SELECT user_id, role, joined_at FROM round_participant WHERE round_id = :r"
                + " ORDER BY joined_at, user_id, role")
        .bind("r", roundId)
        .map(
            (rs, ctx) ->
                new Participant(
                    rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))))
        .list();
  }

  /** Adds a role; false if the member already had it in this round. */
  public boolean join(Handle tx, long roundId, String userId, String role, Instant now) {
    return tx.createUpdate(
                "INSERT INTO round_participant (round_id, user_id, role, joined_at)"
                    + " VALUES (:r, :u, :role, :now) ON CONFLICT DO NOTHING")
            .bind("r", roundId)
            .bind("u", userId)
            .bind("role", role)
            .bind("now", now.toEpochMilli())
            .execute()
        == 1;
  }

  /** Removes every role of the member in the round; returns how many. */
  public int leave(Handle tx, long roundId, String userId) {
    return tx.createUpdate("DELETE FROM round_participant WHERE round_id = :r AND user_id = :u")
        .bind("r", roundId)
        .bind("u", userId)
        .execute();
  }

  private static Round round(ResultSet rs, StatementContext ctx) throws SQLException {
    long published = rs.getLong("published_at");
    boolean hasPublished = !rs.wasNull();
    return new Round(
        rs.getLong("id"),
        rs.getLong("community_id"),
        rs.getInt("number"),
        Kinds.of(rs.getString("kind")),
        RoundState.of(rs.getString("state")),
        Instant.ofEpochMilli(rs.getLong("opened_at")),
        Instant.ofEpochMilli(rs.getLong("signup_closes_at")),
        Instant.ofEpochMilli(rs.getLong("match_at")),
        hasPublished ? Optional.of(Instant.ofEpochMilli(published)) : Optional.empty(),
        Optional.ofNullable(rs.getString("opened_by")),
        rs.getLong("seed"));
  }
}
