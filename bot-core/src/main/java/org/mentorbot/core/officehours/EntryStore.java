package org.mentorbot.core.officehours;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for queue entries. Positions are computed here, never stored. */
final class EntryStore {

  private static final String COLUMNS =
      "id, session_id, user_id, question, seq, state, next_told, joined_at, called_at, called_by,"
          + " present_at";

  Entry insert(Handle tx, Session session, String userId, String question, Instant now) {
    long seq =
        tx.createQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM oh_entry WHERE session_id = :s")
            .bind("s", session.id())
            .mapTo(Long.class)
            .one();
    long id =
        tx.createUpdate(
                "INSERT INTO oh_entry (session_id, community_id, user_id, question, seq, state,"
                    + " joined_at) VALUES (:s, :c, :u, :q, :seq, 'waiting', :now)")
            .bind("s", session.id())
            .bind("c", session.communityId())
            .bind("u", userId)
            .bind("q", question)
            .bind("seq", seq)
            .bind("now", now.toEpochMilli())
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    return byId(tx, id).orElseThrow();
  }

  Optional<Entry> byId(Handle h, long id) {
    return h.createQuery("SELECT " + COLUMNS + " FROM oh_entry WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> row(rs))
        .findOne();
  }

  /** The member's open (waiting or called) entry in a session. */
  Optional<Entry> openOf(Handle h, long sessionId, String userId) {
    return h.createQuery(
            "SELECT "
                + COLUMNS
                + " FROM oh_entry WHERE session_id = :s AND user_id = :u"
                + " AND state IN ('waiting', 'called')")
        .bind("s", sessionId)
        .bind("u", userId)
        .map((rs, ctx) -> row(rs))
        .findOne();
  }

  /** Every open entry the member holds in the community, oldest first. */
  List<Entry> openOfMember(Handle h, long communityId, String userId) {
    return h.createQuery(
            "SELECT "
                + COLUMNS
                + " FROM oh_entry WHERE community_id = :c AND user_id = :u"
                + " AND state IN ('waiting', 'called') ORDER BY joined_at, id")
        .bind("c", communityId)
        .bind("u", userId)
        .map((rs, ctx) -> row(rs))
        .list();
  }

  List<Entry> allOfMember(Handle h, long communityId, String userId) {
    return h.createQuery(
            "SELECT "
                + COLUMNS
                + " FROM oh_entry WHERE community_id = :c AND user_id = :u ORDER BY joined_at, id")
        .bind("c", communityId)
        .bind("u", userId)
        .map((rs, ctx) -> row(rs))
        .list();
  }

  List<Entry> inState(Handle h, long sessionId, EntryState state) {
    return h.createQuery(
            "SELECT "
                + COLUMNS
                + " FROM oh_entry WHERE session_id = :s AND state = :st ORDER BY seq")
        .bind("s", sessionId)
        .bind("st", state.sql())
        .map((rs, ctx) -> row(rs))
        .list();
  }

  Optional<Entry> firstWaiting(Handle h, long sessionId) {
    return inState(h, sessionId, EntryState.WAITING).stream().findFirst();
  }

  int waitingCount(Handle h, long sessionId) {
    return h.createQuery(
            "SELECT COUNT(*) FROM oh_entry WHERE session_id = :s AND state = 'waiting'")
        .bind("s", sessionId)
        .mapTo(Integer.class)
        .one();
  }

  /** 1 for the first person waiting: the rank by join sequence among those still waiting. */
  int position(Handle h, Entry entry) {
    return h.createQuery(
            "SELECT COUNT(*) FROM oh_entry WHERE session_id = :s AND state = 'waiting'"
                + " AND seq <= :seq")
        .bind("s", entry.sessionId())
        .bind("seq", entry.seq())
        .mapTo(Integer.class)
        .one();
  }

  /** The entry this host called and has not finished yet. */
  List<Entry> calledBy(Handle h, long sessionId, String hostId) {
    return inState(h, sessionId, EntryState.CALLED).stream()
        .filter(e -> e.calledBy().filter(hostId::equals).isPresent())
        .toList();
  }

  /**
   * Moves an entry from {@code from} to {@code to}; false when it was no longer in {@code from}.
   */
  boolean move(Handle tx, long entryId, EntryState from, EntryState to, Instant now) {
    String stamp = to == EntryState.WAITING || to == EntryState.CALLED ? "" : ", done_at = :now";
    return tx.createUpdate(
                "UPDATE oh_entry SET state = :to" + stamp + " WHERE id = :id AND state = :from")
            .bind("to", to.sql())
            .bind("from", from.sql())
            .bind("now", now.toEpochMilli())
            .bind("id", entryId)
            .execute()
        == 1;
  }

  /** Calls a waiting entry for a host; false if someone else got there first. */
  boolean call(Handle tx, long entryId, String hostId, Instant now) {
    return tx.createUpdate(
                "UPDATE oh_entry SET state = 'called', called_at = :now, called_by = :h"
                    + " WHERE id = :id AND state = 'waiting'")
            .bind("now", now.toEpochMilli())
            .bind("h", hostId)
            .bind("id", entryId)
            .execute()
        == 1;
  }

  void markPresent(Handle tx, long entryId, Instant now) {
    tx.createUpdate("UPDATE oh_entry SET present_at = :now WHERE id = :id")
        .bind("now", now.toEpochMilli())
        .bind("id", entryId)
        .execute();
  }

  void markNextTold(Handle tx, long entryId) {
    tx.createUpdate("UPDATE oh_entry SET next_told = 1 WHERE id = :id")
        .bind("id", entryId)
        .execute();
  }

  /** The last {@code limit} service times of a session: from being called to being finished. */
  List<Duration> recentServiceTimes(Handle h, long sessionId, int limit) {
    return h.createQuery(
            "SELECT done_at - called_at FROM oh_entry WHERE session_id = :s AND state = 'served'"
                + " AND called_at IS NOT NULL AND done_at IS NOT NULL"
                + " ORDER BY done_at DESC, id DESC LIMIT :n")
        .bind("s", sessionId)
        .bind("n", limit)
        .mapTo(Long.class)
        .map(Duration::ofMillis)
        .list();
  }

  /**
   * Forget-me: the member's entries lose their id and question but stay as anonymous rows, so the
   * session's figures hold and no entry id (used in job and message keys) is ever reused.
   */
  void anonymiseMember(Handle tx, long communityId, String userId, Instant now) {
    tx.createUpdate(
            "UPDATE oh_entry SET user_id = :anon, question = '', done_at = COALESCE(done_at, :now),"
                + " state = CASE WHEN state IN ('waiting', 'called') THEN 'left' ELSE state END"
                + " WHERE community_id = :c AND user_id = :u")
        .bind("anon", OfficeHours.ERASED)
        .bind("now", now.toEpochMilli())
        .bind("c", communityId)
        .bind("u", userId)
        .execute();
  }

  private static Entry row(ResultSet rs) throws SQLException {
    return new Entry(
        rs.getLong("id"),
        rs.getLong("session_id"),
        rs.getString("user_id"),
        rs.getString("question"),
        rs.getLong("seq"),
        EntryState.of(rs.getString("state")),
        rs.getInt("next_told") == 1,
        Instant.ofEpochMilli(rs.getLong("joined_at")),
        instant(rs, "called_at"),
        Optional.ofNullable(rs.getString("called_by")),
        instant(rs, "present_at"));
  }

  private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(value));
  }
}
