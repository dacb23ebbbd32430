package org.mentorbot.core.mentorship;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.roster.MentorshipFormat;

/** SQL for {@code mentorship}, {@code mentorship_member} and {@code mentorship_goal}. */
public final class MentorshipStore {

  private static final String SELECT =
      "SELECT m.id, m.community_id, m.kind, m.format, m.round_id, r.number, m.topic, m.state,"
          + " m.started_at, m.planned_end_at, m.terms, m.end_reason, m.ended_at"
          + " FROM mentorship m LEFT JOIN match_round r ON r.id = m.round_id ";

  /** A new active mentorship and its seats; returns its id. */
  long insert(
      Handle tx,
      long communityId,
      MentorshipKind kind,
      MentorshipFormat format,
      Optional<Long> roundId,
      Optional<String> topic,
      List<Seat> seats,
      Instant start,
      Instant plannedEnd,
      String createdBy) {
    long id =
        tx.createUpdate(
                "INSERT INTO mentorship (community_id, kind, format, round_id, topic, state,"
                    + " started_at, planned_end_at, terms, created_by) VALUES (:c, :kind, :format,"
                    + " :round, :topic, 'active', :start, :end, 1, :by)")
            .bind("c", communityId)
            .bind("kind", kind.label())
            .bind("format", format.label())
            .bind("round", roundId.orElse(null))
            .bind("topic", topic.orElse(null))
            .bind("start", start.toEpochMilli())
            .bind("end", plannedEnd.toEpochMilli())
            .bind("by", createdBy)
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    for (Seat seat : seats) {
      tx.createUpdate(
              "INSERT INTO mentorship_member (mentorship_id, community_id, user_id, role)"
                  + " VALUES (:m, :c, :u, :role)")
          .bind("m", id)
          .bind("c", communityId)
          .bind("u", seat.userId())
          .bind("role", seat.role().label())
          .execute();
    }
    return id;
  }

  public Optional<Mentorship> find(Handle h, long id) {
    List<Mentorship> found = load(h, SELECT + "WHERE m.id = :id", Map.of("id", id));
    return found.stream().findFirst();
  }

  /** The member's mentorships, running first, newest first. */
  public List<Mentorship> ofMember(Handle h, long communityId, String userId) {
    return load(
        h,
        SELECT
            + "WHERE m.community_id = :c AND m.id IN (SELECT mentorship_id FROM mentorship_member"
            + " WHERE community_id = :c AND user_id = :u)"
            + " ORDER BY CASE WHEN m.state = 'ended' THEN 1 ELSE 0 END, m.started_at DESC, m.id",
        Map.of("c", communityId, "u", userId));
  }

  /** The member's running (active or ending) mentorships. */
  public List<Mentorship> runningOf(Handle h, long communityId, String userId) {
    return ofMember(h, communityId, userId).stream().filter(Mentorship::running).toList();
  }

  /** Every running mentorship of the community, oldest first. */
  public List<Mentorship> running(Handle h, long communityId) {
    return load(
        h,
        SELECT + "WHERE m.community_id = :c AND m.state <> 'ended' ORDER BY m.started_at, m.id",
        Map.of("c", communityId));
  }

  /** Running pair mentorships per mentor, for capacity. */
  public Map<String, Integer> runningMenteesByMentor(Handle h, long communityId) {
    Map<String, Integer> load = new HashMap<>();
    h.createQuery(
            "SELECT s.user_id, COUNT(*) FROM mentorship_member s JOIN mentorship m"
                + " ON m.id = s.mentorship_id WHERE m.community_id = :c AND m.state <> 'ended'"
                + " AND s.role = 'mentor' GROUP BY s.user_id")
        .bind("c", communityId)
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
        .forEach(e -> load.put(e.getKey(), e.getValue()));
    return load;
  }

  /** Moves a running mentorship to {@code ended}; true only for the call that did it. */
  boolean end(
      Handle tx,
      long id,
      EndReason reason,
      Optional<String> detail,
      Optional<String> note,
      Instant now) {
    boolean ended =
        tx.createUpdate(
                    "UPDATE mentorship SET state = 'ended', end_reason = :reason, end_detail = :detail,"
                        + " end_note = :note, ended_at = :now WHERE id = :id AND state <> 'ended'")
                .bind("id", id)
                .bind("reason", reason.id())
                .bind("detail", detail.orElse(null))
                .bind("note", note.orElse(null))
                .bind("now", now.toEpochMilli())
                .execute()
            == 1;
    if (ended) {
      // The round's record of the pair (history, /round history) follows the mentorship.
      tx.createUpdate(
              "UPDATE match_pair SET state = 'ended', ended_at = :now WHERE state = 'active'"
                  + " AND round_id = (SELECT round_id FROM mentorship WHERE id = :id)"
                  + " AND mentor_id = (SELECT user_id FROM mentorship_member"
                  + "   WHERE mentorship_id = :id AND role = 'mentor')"
                  + " AND mentee_id = (SELECT user_id FROM mentorship_member"
                  + "   WHERE mentorship_id = :id AND role = 'mentee')")
          .bind("id", id)
          .bind("now", now.toEpochMilli())
          .execute();
    }
    return ended;
  }

  /** active → ending (the continue question went out); true only for the call that did it. */
  boolean markEnding(Handle tx, long id, int term) {
    return tx.createUpdate(
                "UPDATE mentorship SET state = 'ending' WHERE id = :id AND state = 'active'"
                    + " AND terms = :term")
            .bind("id", id)
            .bind("term", term)
            .execute()
        == 1;
  }

  void choose(Handle tx, long id, String userId, TermChoice choice) {
    tx.createUpdate(
            "UPDATE mentorship_member SET choice = :choice WHERE mentorship_id = :id"
                + " AND user_id = :u")
        .bind("id", id)
        .bind("u", userId)
        .bind("choice", choice.id())
        .execute();
  }

  /** A later planned end for the same term; false if the term has moved on or ended. */
  boolean postpone(Handle tx, long id, int term, Instant end) {
    return tx.createUpdate(
                "UPDATE mentorship SET planned_end_at = :end WHERE id = :id AND terms = :term"
                    + " AND state <> 'ended'")
            .bind("id", id)
            .bind("term", term)
            .bind("end", end.toEpochMilli())
            .execute()
        == 1;
  }

  /** One more term: new planned end, back to active, everyone's choice cleared. */
  boolean extend(Handle tx, long id, int fromTerm, Instant newEnd) {
    boolean done =
        tx.createUpdate(
                    "UPDATE mentorship SET state = 'active', terms = terms + 1,"
                        + " planned_end_at = :end WHERE id = :id AND terms = :term"
                        + " AND state <> 'ended'")
                .bind("id", id)
                .bind("term", fromTerm)
                .bind("end", newEnd.toEpochMilli())
                .execute()
            == 1;
    if (done) {
      tx.createUpdate("UPDATE mentorship_member SET choice = NULL WHERE mentorship_id = :id")
          .bind("id", id)
          .execute();
    }
    return done;
  }

  /** Records the moderator handling it; returns who handled it before, if anyone. */
  Optional<String> take(Handle tx, long id, String moderator) {
    Optional<String> before = handler(tx, id);
    tx.createUpdate("UPDATE mentorship SET handled_by = :u WHERE id = :id")
        .bind("id", id)
        .bind("u", moderator)
        .execute();
    return before;
  }

  public Optional<String> handler(Handle h, long id) {
    return h.createQuery("SELECT handled_by FROM mentorship WHERE id = :id")
        .bind("id", id)
        .mapTo(String.class)
        .findOne()
        .flatMap(Optional::ofNullable);
  }

  /** Deletes the mentorships the member was part of (forget-me); goals and check-ins cascade. */
  void erase(Handle tx, long communityId, String userId) {
    tx.createUpdate(
            "DELETE FROM mentorship WHERE community_id = :c AND id IN (SELECT mentorship_id"
                + " FROM mentorship_member WHERE community_id = :c AND user_id = :u)")
        .bind("c", communityId)
        .bind("u", userId)
        .execute();
  }

  private static List<Mentorship> load(Handle h, String sql, Map<String, Object> binds) {
    var query = h.createQuery(sql);
    binds.forEach(query::bind);
    List<Row> rows = query.map(MentorshipStore::row).list();
    List<Mentorship> out = new ArrayList<>();
    for (Row r : rows) {
      List<Seat> seats =
          h.createQuery(
                  "SELECT user_id, role, choice FROM mentorship_member WHERE mentorship_id = :m"
                      + " ORDER BY CASE role WHEN 'mentor' THEN 0 WHEN 'mentee' THEN 1 ELSE 2 END,"
                      + " user_id")
              .bind("m", r.id)
              .map(
                  (rs, ctx) ->
                      new Seat(
                          rs.getString(1),
                          SeatRole.of(rs.getString(2)),
                          Optional.ofNullable(rs.getString(3)).flatMap(TermChoice::parse)))
              .list();
      out.add(
          new Mentorship(
              r.id,
              r.communityId,
              MentorshipKind.of(r.kind),
              MentorshipFormat.of(r.format),
              r.roundId,
              r.roundNumber,
              r.topic,
              seats,
              MentorshipState.of(r.state),
              r.startedAt,
              r.plannedEnd,
              r.terms,
              r.endReason.flatMap(EndReason::parse),
              r.endedAt));
    }
    return out;
  }

  private record Row(
      long id,
      long communityId,
      String kind,
      String format,
      Optional<Long> roundId,
      Optional<Integer> roundNumber,
      Optional<String> topic,
      String state,
      Instant startedAt,
      Instant plannedEnd,
      int terms,
      Optional<String> endReason,
      Optional<Instant> endedAt) {}

  private static Row row(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws SQLException {
    long round = rs.getLong("round_id");
    Optional<Long> roundId = rs.wasNull() ? Optional.empty() : Optional.of(round);
    int number = rs.getInt("number");
    Optional<Integer> roundNumber = rs.wasNull() ? Optional.empty() : Optional.of(number);
    long ended = rs.getLong("ended_at");
    Optional<Instant> endedAt =
        rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(ended));
    return new Row(
        rs.getLong("id"),
        rs.getLong("community_id"),
        rs.getString("kind"),
        rs.getString("format"),
        roundId,
        roundNumber,
        Optional.ofNullable(rs.getString("topic")),
        rs.getString("state"),
        Instant.ofEpochMilli(rs.getLong("started_at")),
        Instant.ofEpochMilli(rs.getLong("planned_end_at")),
        rs.getInt("terms"),
        Optional.ofNullable(rs.getString("end_reason")),
        endedAt);
  }
}
