package org.mentorbot.core.officehours;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for sessions and their hosts. */
final class SessionStore {

  private static final String COLUMNS =
      "id, community_id, number, owner_id, owner_name, topic, capacity, zone, state, schedule_id,"
          + " starts_at, ends_at, broadcasts";

  /** What a new session needs; the store numbers it. */
  record NewSession(
      String ownerId,
      String ownerName,
      Optional<String> topic,
      Optional<String> topicKey,
      int capacity,
      ZoneId zone,
      SessionState state,
      Optional<Long> scheduleId,
      Instant startsAt,
      Instant endsAt) {}

  Session insert(Handle tx, long communityId, NewSession s, Instant now) {
    int number =
        tx.createQuery(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM oh_session WHERE community_id = :c")
            .bind("c", communityId)
            .mapTo(Integer.class)
            .one();
    long id =
        tx.createUpdate(
                "INSERT INTO oh_session (community_id, number, owner_id, owner_name, topic,"
                    + " topic_key, capacity, zone, state, schedule_id, starts_at, ends_at,"
                    + " opened_at, created_at) VALUES (:c, :n, :o, :on, :t, :tk, :cap, :z, :s,"
                    + " :sch, :st, :en, :op, :now)")
            .bind("c", communityId)
            .bind("n", number)
            .bind("o", s.ownerId())
            .bind("on", s.ownerName())
            .bind("t", s.topic().orElse(null))
            .bind("tk", s.topicKey().orElse(null))
            .bind("cap", s.capacity())
            .bind("z", s.zone().getId())
            .bind("s", s.state().sql())
            .bind("sch", s.scheduleId().orElse(null))
            .bind("st", s.startsAt().toEpochMilli())
            .bind("en", s.endsAt().toEpochMilli())
            .bind("op", s.state() == SessionState.OPEN ? now.toEpochMilli() : null)
            .bind("now", now.toEpochMilli())
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    if (s.state() == SessionState.OPEN) {
      addHost(tx, id, s.ownerId(), s.ownerName(), now);
    }
    return byId(tx, id).orElseThrow();
  }

  Optional<Session> byId(Handle h, long id) {
    return h.createQuery("SELECT " + COLUMNS + " FROM oh_session WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> row(rs))
        .findOne();
  }

  /** Whether the host paused the queue: no new joins, the people waiting are still served. */
  boolean paused(Handle h, long sessionId) {
    return h.createQuery("SELECT paused FROM oh_session WHERE id = :id")
            .bind("id", sessionId)
            .mapTo(Integer.class)
            .findOne()
            .orElse(0)
        == 1;
  }

  void setPaused(Handle tx, long sessionId, boolean paused) {
    tx.createUpdate("UPDATE oh_session SET paused = :p WHERE id = :id")
        .bind("id", sessionId)
        .bind("p", paused ? 1 : 0)
        .execute();
  }

  Optional<Session> byNumber(Handle h, long communityId, int number) {
    return h.createQuery(
            "SELECT " + COLUMNS + " FROM oh_session WHERE community_id = :c AND number = :n")
        .bind("c", communityId)
        .bind("n", number)
        .map((rs, ctx) -> row(rs))
        .findOne();
  }

  List<Session> inState(Handle h, long communityId, SessionState state) {
    return h.createQuery(
            "SELECT "
                + COLUMNS
                + " FROM oh_session WHERE community_id = :c AND state = :s"
                + " ORDER BY starts_at, number")
        .bind("c", communityId)
        .bind("s", state.sql())
        .map((rs, ctx) -> row(rs))
        .list();
  }

  /** The open session {@code userId} currently serves, if any (a mentor serves one at a time). */
  Optional<Session> openHostedBy(Handle h, long communityId, String userId) {
    return h.createQuery(
            "SELECT s.id FROM oh_session s JOIN oh_host o ON o.session_id = s.id"
                + " WHERE s.community_id = :c AND s.state = 'open' AND o.user_id = :u"
                + " AND o.active = 1")
        .bind("c", communityId)
        .bind("u", userId)
        .mapTo(Long.class)
        .findFirst()
        .flatMap(id -> byId(h, id));
  }

  /** Sessions {@code userId} opened or was scheduled to hold, newest first. */
  List<Session> ownedBy(Handle h, long communityId, String userId) {
    return h.createQuery(
            "SELECT "
                + COLUMNS
                + " FROM oh_session WHERE community_id = :c AND owner_id = :u"
                + " ORDER BY starts_at DESC")
        .bind("c", communityId)
        .bind("u", userId)
        .map((rs, ctx) -> row(rs))
        .list();
  }

  Optional<Session> openWithTopic(Handle h, long communityId, String topicKey) {
    return h.createQuery(
            "SELECT "
                + COLUMNS
                + " FROM oh_session WHERE community_id = :c AND state = 'open'"
                + " AND topic_key = :k ORDER BY number")
        .bind("c", communityId)
        .bind("k", topicKey)
        .map((rs, ctx) -> row(rs))
        .findFirst();
  }

  void setState(Handle tx, long sessionId, SessionState state, Instant now) {
    String stamp =
        state == SessionState.OPEN
            ? ", opened_at = :now"
            : state == SessionState.CLOSED ? ", closed_at = :now" : "";
    tx.createUpdate("UPDATE oh_session SET state = :s" + stamp + " WHERE id = :id")
        .bind("s", state.sql())
        .bind("now", now.toEpochMilli())
        .bind("id", sessionId)
        .execute();
  }

  int nextBroadcast(Handle tx, long sessionId) {
    tx.createUpdate("UPDATE oh_session SET broadcasts = broadcasts + 1 WHERE id = :id")
        .bind("id", sessionId)
        .execute();
    return byId(tx, sessionId).orElseThrow().broadcasts();
  }

  void addHost(Handle tx, long sessionId, String userId, String name, Instant now) {
    tx.createUpdate(
            "INSERT INTO oh_host (session_id, user_id, display_name, active, joined_at)"
                + " VALUES (:s, :u, :n, 1, :now) ON CONFLICT (session_id, user_id)"
                + " DO UPDATE SET active = 1")
        .bind("s", sessionId)
        .bind("u", userId)
        .bind("n", name)
        .bind("now", now.toEpochMilli())
        .execute();
  }

  void retireHost(Handle tx, long sessionId, String userId) {
    tx.createUpdate("UPDATE oh_host SET active = 0 WHERE session_id = :s AND user_id = :u")
        .bind("s", sessionId)
        .bind("u", userId)
        .execute();
  }

  /** The user ids of the mentors currently serving the session, in the order they joined. */
  List<String> activeHosts(Handle h, long sessionId) {
    return h.createQuery(
            "SELECT user_id FROM oh_host WHERE session_id = :s AND active = 1"
                + " ORDER BY joined_at, user_id")
        .bind("s", sessionId)
        .mapTo(String.class)
        .list();
  }

  /** Forget-me for a mentor: their name leaves every session they held. */
  void anonymiseOwner(Handle tx, long communityId, String userId) {
    tx.createUpdate(
            "UPDATE oh_session SET owner_id = :anon, owner_name = 'a former mentor',"
                // The topic they wrote goes too, unless other hosts still serve that queue.
                + " topic = CASE WHEN state = 'open' THEN topic END,"
                + " topic_key = CASE WHEN state = 'open' THEN topic_key END"
                + " WHERE community_id = :c AND owner_id = :u")
        .bind("anon", OfficeHours.ERASED)
        .bind("c", communityId)
        .bind("u", userId)
        .execute();
    tx.createUpdate(
            "UPDATE oh_entry SET called_by = NULL WHERE community_id = :c AND called_by = :u")
        .bind("c", communityId)
        .bind("u", userId)
        .execute();
    tx.createUpdate(
            "DELETE FROM oh_host WHERE user_id = :u AND session_id IN"
                + " (SELECT id FROM oh_session WHERE community_id = :c)")
        .bind("c", communityId)
        .bind("u", userId)
        .execute();
  }

  /**
   * Calls off a planned session. The row stays (closed, detached from its rule) so its id and
   * number are never reused: job dedupe and message idempotency keys are built from ids.
   */
  void callOff(Handle tx, long sessionId, Instant now) {
    tx.createUpdate(
            "UPDATE oh_session SET state = 'closed', closed_at = :now, schedule_id = NULL"
                + " WHERE id = :id AND state = 'scheduled'")
        .bind("id", sessionId)
        .bind("now", now.toEpochMilli())
        .execute();
  }

  private static Session row(ResultSet rs) throws SQLException {
    long schedule = rs.getLong("schedule_id");
    Optional<Long> scheduleId = rs.wasNull() ? Optional.empty() : Optional.of(schedule);
    return new Session(
        rs.getLong("id"),
        rs.getLong("community_id"),
        rs.getInt("number"),
        rs.getString("owner_id"),
        rs.getString("owner_name"),
        Optional.ofNullable(rs.getString("topic")),
        rs.getInt("capacity"),
        ZoneId.of(rs.getString("zone")),
        SessionState.of(rs.getString("state")),
        scheduleId,
        Instant.ofEpochMilli(rs.getLong("starts_at")),
        Instant.ofEpochMilli(rs.getLong("ends_at")),
        rs.getInt("broadcasts"));
  }
}
