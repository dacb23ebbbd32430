package org.mentorbot.core.asks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The {@code ask} table. Every query is scoped by community. */
final class AskStore {

  private static final String COLUMNS =
      "id, asker_id, mentor_id, question, state, created_at, expires_at, answered_at";

  /** Stores a new open ask and returns it with its id. */
  Ask insert(
      Handle tx,
      long communityId,
      String askerId,
      String mentorId,
      String question,
      Instant now,
      Instant expiresAt) {
    tx.createUpdate(
            "INSERT INTO ask (community_id, asker_id, mentor_id, question, state, created_at,"
                + " expires_at) VALUES (:c, :a, :m, :q, 'open', :now, :exp)")
        .bind("c", communityId)
        .bind("a", askerId)
        .bind("m", mentorId)
        .bind("q", question)
        .bind("now", now.toEpochMilli())
        .bind("exp", expiresAt.toEpochMilli())
        .execute();
    // The partial unique index allows one open ask per pair, so this finds exactly the new row
    // without dialect-specific generated-key handling.
    return openBetween(tx, communityId, askerId, mentorId).orElseThrow();
  }

  Optional<Ask> find(Handle h, long communityId, long id) {
    return h.createQuery("SELECT " + COLUMNS + " FROM ask WHERE community_id = :c AND id = :id")
        .bind("c", communityId)
        .bind("id", id)
        .map(AskStore::map)
        .findOne();
  }

  Optional<Ask> openBetween(Handle h, long communityId, String askerId, String mentorId) {
    return h.createQuery(
            "SELECT "
                + COLUMNS
                + " FROM ask WHERE community_id = :c AND asker_id = :a AND mentor_id = :m"
                + " AND state = 'open'")
        .bind("c", communityId)
        .bind("a", askerId)
        .bind("m", mentorId)
        .map(AskStore::map)
        .findOne();
  }

  /** Open asks the member sent, oldest first. */
  List<Ask> openFrom(Handle h, long communityId, String askerId) {
    return h.createQuery(
            "SELECT "
                + COLUMNS
                + " FROM ask WHERE community_id = :c AND asker_id = :a AND state = 'open'"
                + " ORDER BY created_at, id")
        .bind("c", communityId)
        .bind("a", askerId)
        .map(AskStore::map)
        .list();
  }

  /** Every ask the member sent or received, in any state, oldest first. */
  List<Ask> involving(Handle h, long communityId, String userId) {
    return h.createQuery(
            "SELECT "
                + COLUMNS
                + " FROM ask WHERE community_id = :c AND (asker_id = :u OR mentor_id = :u)"
                + " ORDER BY created_at, id")
        .bind("c", communityId)
        .bind("u", userId)
        .map(AskStore::map)
        .list();
  }

  /**
   * Moves an open ask to {@code to}; false if it was no longer open, so two answers racing each
   * other cannot both win.
   */
  boolean close(Handle tx, Ask ask, Ask.State to, Instant now) {
    return tx.createUpdate(
                "UPDATE ask SET state = :to, answered_at = :now WHERE id = :id AND state = 'open'")
            .bind("to", to.column())
            .bind("now", now.toEpochMilli())
            .bind("id", ask.id())
            .execute()
        == 1;
  }

  void deleteInvolving(Handle tx, long communityId, String userId) {
    tx.createUpdate("DELETE FROM ask WHERE community_id = :c AND (asker_id = :u OR mentor_id = :u)")
        .bind("c", communityId)
        .bind("u", userId)
        .execute();
  }

  private static Ask map(ResultSet rs, StatementContext ctx) throws SQLException {
    long answered = rs.getLong("answered_at");
    Optional<Instant> answeredAt =
        rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(answered));
    return new Ask(
        rs.getLong("id"),
        rs.getString("asker_id"),
        rs.getString("mentor_id"),
        rs.getString("question"),
        Ask.State.ofColumn(rs.getString("state")),
        Instant.ofEpochMilli(rs.getLong("created_at")),
        Instant.ofEpochMilli(rs.getLong("expires_at")),
        answeredAt);
  }
}
