package org.mentorbot.core.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for {@code meeting} and {@code meeting_agenda}. */
final class MeetingStore {

  private static final String SELECT =
      "SELECT id, community_id, mentorship_id, round_id, state, starts_at, minutes, proposed_by,"
          + " move_to, move_minutes, move_by, sequence FROM meeting ";

  long propose(
      Handle tx,
      long communityId,
      long mentorshipId,
      Optional<Long> roundId,
      TimeRange when,
      String by,
      Instant now) {
    return tx.createUpdate(
            "INSERT INTO meeting (community_id, mentorship_id, round_id, state, starts_at,"
                + " minutes, proposed_by, created_at, updated_at)"
                + " VALUES (:c, :m, :r, 'proposed', :start, :minutes, :by, :now, :now)")
        .bind("c", communityId)
        .bind("m", mentorshipId)
        .bind("r", roundId.orElse(null))
        .bind("start", when.start().toEpochMilli())
        .bind("minutes", (int) when.length().toMinutes())
        .bind("by", by)
        .bind("now", now.toEpochMilli())
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  Optional<Meeting> find(Handle h, long id) {
    return h.createQuery(SELECT + "WHERE id = :id").bind("id", id).map(this::row).findFirst();
  }

  /** The mentorship's meetings that are proposed or scheduled and end after {@code now}. */
  List<Meeting> open(Handle h, long mentorshipId, Instant now) {
    return h.createQuery(
            SELECT
                + "WHERE mentorship_id = :m AND state IN ('proposed', 'scheduled')"
                + " AND starts_at + minutes * 60000 > :now ORDER BY starts_at, id")
        .bind("m", mentorshipId)
        .bind("now", now.toEpochMilli())
        .map(this::row)
        .list();
  }

  /** The member's meetings that are proposed or scheduled and end after {@code now}. */
  List<Meeting> openOf(Handle h, long communityId, String userId, Instant now) {
    return h.createQuery(
            SELECT
                + "WHERE community_id = :c AND state IN ('proposed', 'scheduled')"
                + " AND starts_at + minutes * 60000 > :now AND mentorship_id IN"
                + " (SELECT mentorship_id FROM mentorship_member WHERE community_id = :c"
                + " AND user_id = :u) ORDER BY starts_at, id")
        .bind("c", communityId)
        .bind("u", userId)
        .bind("now", now.toEpochMilli())
        .map(this::row)
        .list();
  }

  /** Every meeting of the member's mentorships, for export. */
  List<Meeting> allOf(Handle h, long communityId, String userId) {
    return h.createQuery(
            SELECT
                + "WHERE community_id = :c AND mentorship_id IN"
                + " (SELECT mentorship_id FROM mentorship_member WHERE community_id = :c"
                + " AND user_id = :u) ORDER BY starts_at, id")
        .bind("c", communityId)
        .bind("u", userId)
        .map(this::row)
        .list();
  }

  void schedule(Handle tx, long id, Instant now) {
    tx.createUpdate(
            "UPDATE meeting SET state = 'scheduled', scheduled_at = :now, updated_at = :now"
                + " WHERE id = :id AND state = 'proposed'")
        .bind("id", id)
        .bind("now", now.toEpochMilli())
        .execute();
  }

  void setState(Handle tx, long id, MeetingState state, boolean raiseSequence, Instant now) {
    tx.createUpdate(
            "UPDATE meeting SET state = :s, move_to = NULL, move_minutes = NULL, move_by = NULL,"
                + " sequence = sequence + :inc, updated_at = :now WHERE id = :id")
        .bind("id", id)
        .bind("s", state.label())
        .bind("inc", raiseSequence ? 1 : 0)
        .bind("now", now.toEpochMilli())
        .execute();
  }

  void proposeMove(Handle tx, long id, TimeRange when, String by, Instant now) {
    tx.createUpdate(
            "UPDATE meeting SET move_to = :start, move_minutes = :minutes, move_by = :by,"
                + " updated_at = :now WHERE id = :id")
        .bind("id", id)
        .bind("start", when.start().toEpochMilli())
        .bind("minutes", (int) when.length().toMinutes())
        .bind("by", by)
        .bind("now", now.toEpochMilli())
        .execute();
  }

  void clearMove(Handle tx, long id, Instant now) {
    tx.createUpdate(
            "UPDATE meeting SET move_to = NULL, move_minutes = NULL, move_by = NULL,"
                + " updated_at = :now WHERE id = :id")
        .bind("id", id)
        .bind("now", now.toEpochMilli())
        .execute();
  }

  /** The move becomes the meeting's time; the sequence goes up so calendars update. */
  void applyMove(Handle tx, long id, Instant now) {
    tx.createUpdate(
            "UPDATE meeting SET starts_at = move_to, minutes = move_minutes, move_to = NULL,"
                + " move_minutes = NULL, move_by = NULL, sequence = sequence + 1,"
                + " updated_at = :now WHERE id = :id AND move_to IS NOT NULL")
        .bind("id", id)
        .bind("now", now.toEpochMilli())
        .execute();
  }

  void saveAgenda(
      Handle tx, long meetingId, long communityId, String userId, String text, Instant now) {
    tx.createUpdate(
            "INSERT INTO meeting_agenda (meeting_id, community_id, user_id, text, created_at)"
                + " VALUES (:m, :c, :u, :t, :now) ON CONFLICT (meeting_id) DO UPDATE SET"
                + " user_id = excluded.user_id, text = excluded.text,"
                + " created_at = excluded.created_at")
        .bind("m", meetingId)
        .bind("c", communityId)
        .bind("u", userId)
        .bind("t", text)
        .bind("now", now.toEpochMilli())
        .execute();
  }

  Optional<String> agenda(Handle h, long meetingId) {
    return h.createQuery("SELECT text FROM meeting_agenda WHERE meeting_id = :m")
        .bind("m", meetingId)
        .mapTo(String.class)
        .findFirst();
  }

  private Meeting row(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws SQLException {
    long round = rs.getLong("round_id");
    Optional<Long> roundId = rs.wasNull() ? Optional.empty() : Optional.of(round);
    long moveTo = rs.getLong("move_to");
    Optional<Meeting.Move> move =
        rs.wasNull()
            ? Optional.empty()
            : Optional.of(
                new Meeting.Move(
                    TimeRange.of(
                        Instant.ofEpochMilli(moveTo),
                        java.time.Duration.ofMinutes(rs.getInt("move_minutes"))),
                    rs.getString("move_by")));
    return new Meeting(
        rs.getLong("id"),
        rs.getLong("community_id"),
        rs.getLong("mentorship_id"),
        roundId,
        MeetingState.of(rs.getString("state")),
        TimeRange.of(
            Instant.ofEpochMilli(rs.getLong("starts_at")),
            java.time.Duration.ofMinutes(rs.getInt("minutes"))),
        rs.getString("proposed_by"),
        move,
        rs.getInt("sequence"));
  }
}
