package org.mentorbot.core.checkin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** SQL for {@code checkin_pair}, {@code checkin_answer} and {@code mentee_priority}. */
final class CheckinStore {

  private static final String PAIR =
      "SELECT c.pair_id, c.community_id, c.round_id, r.number, m.kind, c.state,"
          + " c.planned, c.asked, c.answered, c.last_answer, c.answered_at, c.misses, c.escalated,"
          + " c.met FROM checkin_pair c JOIN mentorship m ON m.id = c.pair_id"
          + " LEFT JOIN match_round r ON r.id = c.round_id ";

  private static final String OF_MEMBER =
      "c.pair_id IN (SELECT mentorship_id FROM mentorship_member WHERE community_id = :c"
          + " AND user_id = :u)";

  /** Whether the pair has set a meeting (docs/meetings.md): then "found a time yet?" is noise. */
  boolean meetingSet(Handle tx, long pairId) {
    return tx.createQuery(
                "SELECT COUNT(*) FROM meeting WHERE mentorship_id = :p AND state = 'scheduled'")
            .bind("p", pairId)
            .mapTo(Long.class)
            .one()
        > 0;
  }

  /** Whether the mentorship's members are being asked to continue or wrap up. */
  boolean ending(Handle tx, long pairId) {
    return tx.createQuery("SELECT state FROM mentorship WHERE id = :p")
        .bind("p", pairId)
        .mapTo(String.class)
        .findOne()
        .filter("ending"::equals)
        .isPresent();
  }

  void start(
      Handle tx, long pairId, long communityId, Optional<Long> roundId, int planned, Instant now) {
    tx.createUpdate(
            "INSERT INTO checkin_pair (pair_id, community_id, round_id, planned, started_at)"
                + " VALUES (:p, :c, :r, :planned, :now) ON CONFLICT (pair_id) DO NOTHING")
        .bind("p", pairId)
        .bind("c", communityId)
        .bind("r", roundId.orElse(null))
        .bind("planned", planned)
        .bind("now", now.toEpochMilli())
        .execute();
  }

  Optional<CheckinPair> find(Handle h, long pairId) {
    return h.createQuery(PAIR + "WHERE c.pair_id = :p")
        .bind("p", pairId)
        .map(CheckinStore::pair)
        .findOne()
        .map(p -> withMembers(h, p));
  }

  /** Raises the number of check-ins planned (the mentorship got another term). */
  void replan(Handle tx, long pairId, int planned) {
    tx.createUpdate("UPDATE checkin_pair SET planned = :n WHERE pair_id = :p")
        .bind("p", pairId)
        .bind("n", planned)
        .execute();
  }

  /** The member's pairs, active first, newest round first. */
  List<CheckinPair> ofMember(Handle h, long communityId, String userId) {
    return h
        .createQuery(
            PAIR
                + "WHERE c.community_id = :c AND "
                + OF_MEMBER
                + " ORDER BY CASE c.state WHEN 'active' THEN 0 ELSE 1 END, c.started_at DESC,"
                + " c.pair_id DESC")
        .bind("c", communityId)
        .bind("u", userId)
        .map(CheckinStore::pair)
        .list()
        .stream()
        .map(p -> withMembers(h, p))
        .toList();
  }

  /**
   * Records that check-in {@code occurrence} went out; counts a miss if the last one went
   * unanswered.
   */
  void asked(Handle tx, CheckinPair pair, int occurrence) {
    tx.createUpdate(
            "UPDATE checkin_pair SET asked = :n, misses = misses + :miss WHERE pair_id = :p")
        .bind("p", pair.pairId())
        .bind("n", occurrence)
        .bind("miss", pair.latestUnanswered() ? 1 : 0)
        .execute();
  }

  void answered(
      Handle tx, CheckinPair pair, String userId, CheckinAnswer answer, String note, Instant now) {
    boolean first = pair.answered() < pair.asked();
    int misses = pair.misses();
    if (answer.progress()) {
      misses = 0;
    } else if (answer == CheckinAnswer.NOT_YET && first) {
      misses++;
    }
    tx.createUpdate(
            "UPDATE checkin_pair SET answered = :n, last_answer = :a, answered_at = :now,"
                + " misses = :misses, met = CASE WHEN :met = 1 THEN 1 ELSE met END WHERE pair_id = :p")
        .bind("p", pair.pairId())
        .bind("n", pair.asked())
        .bind("a", answer.id())
        .bind("now", now.toEpochMilli())
        .bind("misses", misses)
        .bind("met", answer == CheckinAnswer.MET)
        .execute();
    tx.createUpdate(
            "INSERT INTO checkin_answer (pair_id, community_id, user_id, answer, note, occurrence,"
                + " created_at) VALUES (:p, :c, :u, :a, :note, :n, :now)")
        .bind("p", pair.pairId())
        .bind("c", pair.communityId())
        .bind("u", userId)
        .bind("a", answer.id())
        .bind("note", note)
        .bind("n", pair.asked())
        .bind("now", now.toEpochMilli())
        .execute();
  }

  /** Counts the last check-in as missed if nobody answered it (at round end). */
  void closeMisses(Handle tx, CheckinPair pair) {
    if (pair.latestUnanswered()) {
      tx.createUpdate(
              "UPDATE checkin_pair SET misses = misses + 1, answered = asked"
                  + " WHERE pair_id = :p")
          .bind("p", pair.pairId())
          .execute();
    }
  }

  /** Marks the pair escalated; true only for the call that did it. */
  boolean escalate(Handle tx, long pairId) {
    return tx.createUpdate(
                "UPDATE checkin_pair SET escalated = 1 WHERE pair_id = :p AND escalated = 0")
            .bind("p", pairId)
            .execute()
        == 1;
  }

  /** Ends the mentorship's check-ins; true only for the call that ended them. */
  boolean end(Handle tx, long pairId, Instant now) {
    boolean ended =
        tx.createUpdate(
                    "UPDATE checkin_pair SET state = 'ended', ended_at = :now WHERE pair_id = :p"
                        + " AND state = 'active'")
                .bind("p", pairId)
                .bind("now", now.toEpochMilli())
                .execute()
            == 1;
    return ended;
  }

  void prioritise(Handle tx, long communityId, String menteeId, String reason, Instant now) {
    tx.createUpdate(
            "INSERT INTO mentee_priority (community_id, user_id, reason, created_at)"
                + " VALUES (:c, :u, :reason, :now) ON CONFLICT (community_id, user_id) DO NOTHING")
        .bind("c", communityId)
        .bind("u", menteeId)
        .bind("reason", reason)
        .bind("now", now.toEpochMilli())
        .execute();
  }

  /** Clears the priority of mentees the round just published took into account. */
  void clearPriority(Handle tx, long communityId, long roundId) {
    tx.createUpdate(
            "DELETE FROM mentee_priority WHERE community_id = :c AND user_id IN ("
                + "SELECT mentee_id FROM match_pair WHERE round_id = :r"
                + " UNION SELECT mentee_id FROM round_unmatched WHERE round_id = :r)")
        .bind("c", communityId)
        .bind("r", roundId)
        .execute();
  }

  Optional<String> priority(Handle h, long communityId, String userId) {
    return h.createQuery(
            "SELECT reason FROM mentee_priority WHERE community_id = :c AND user_id = :u")
        .bind("c", communityId)
        .bind("u", userId)
        .mapTo(String.class)
        .findOne();
  }

  private static CheckinPair withMembers(Handle h, CheckinPair p) {
    List<String[]> seats =
        h.createQuery(
                "SELECT user_id, role FROM mentorship_member WHERE mentorship_id = :m"
                    + " ORDER BY CASE role WHEN 'mentor' THEN 0 WHEN 'mentee' THEN 1 ELSE 2 END,"
                    + " user_id")
            .bind("m", p.pairId())
            .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
            .list();
    return new CheckinPair(
        p.pairId(),
        p.communityId(),
        p.roundId(),
        p.roundNumber(),
        p.circle(),
        seats.stream().map(s -> s[0]).toList(),
        seats.stream().filter(s -> s[1].equals("mentor")).map(s -> s[0]).findFirst(),
        p.active(),
        p.planned(),
        p.asked(),
        p.answered(),
        p.lastAnswer(),
        p.answeredAt(),
        p.misses(),
        p.escalated(),
        p.met());
  }

  private static CheckinPair pair(ResultSet rs, StatementContext ctx) throws SQLException {
    String last = rs.getString("last_answer");
    long at = rs.getLong("answered_at");
    boolean hasAt = !rs.wasNull();
    long round = rs.getLong("round_id");
    Optional<Long> roundId = rs.wasNull() ? Optional.empty() : Optional.of(round);
    int number = rs.getInt("number");
    Optional<Integer> roundNumber = rs.wasNull() ? Optional.empty() : Optional.of(number);
    return new CheckinPair(
        rs.getLong("pair_id"),
        rs.getLong("community_id"),
        roundId,
        roundNumber,
        rs.getString("kind").equals("circle"),
        List.of(),
        Optional.empty(),
        rs.getString("state").equals("active"),
        rs.getInt("planned"),
        rs.getInt("asked"),
        rs.getInt("answered"),
        last == null ? Optional.empty() : CheckinAnswer.parse(last),
        hasAt ? Optional.of(Instant.ofEpochMilli(at)) : Optional.empty(),
        rs.getInt("misses"),
        rs.getInt("escalated") == 1,
        rs.getInt("met") == 1);
  }
}
