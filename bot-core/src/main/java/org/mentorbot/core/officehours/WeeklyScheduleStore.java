package org.mentorbot.core.officehours;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for mentors' weekly rules. One rule per mentor and weekday; setting it again replaces it. */
final class WeeklyScheduleStore {

  private static final String COLUMNS =
      "id, mentor_id, mentor_name, weekday, start_time, zone, minutes, topic";

  WeeklyRule upsert(Handle tx, long communityId, WeeklyRule rule, Instant now) {
    tx.createUpdate(
            "INSERT INTO oh_schedule (community_id, mentor_id, mentor_name, weekday, start_time,"
                + " zone, minutes, topic, created_at) VALUES (:c, :m, :mn, :wd, :t, :z, :min, :tp,"
                + " :now) ON CONFLICT (community_id, mentor_id, weekday) DO UPDATE SET"
                + " mentor_name = excluded.mentor_name, start_time = excluded.start_time,"
                + " zone = excluded.zone, minutes = excluded.minutes, topic = excluded.topic")
        .bind("c", communityId)
        .bind("m", rule.mentorId())
        .bind("mn", rule.mentorName())
        .bind("wd", rule.weekday().getValue())
        .bind("t", rule.time().toString())
        .bind("z", rule.zone().getId())
        .bind("min", rule.minutes())
        .bind("tp", rule.topic().orElse(null))
        .bind("now", now.toEpochMilli())
        .execute();
    return tx.createQuery(
            "SELECT "
                + COLUMNS
                + " FROM oh_schedule WHERE community_id = :c AND mentor_id = :m AND weekday = :wd")
        .bind("c", communityId)
        .bind("m", rule.mentorId())
        .bind("wd", rule.weekday().getValue())
        .map((rs, ctx) -> row(rs))
        .one();
  }

  Optional<WeeklyRule> byId(Handle h, long id) {
    return h.createQuery("SELECT " + COLUMNS + " FROM oh_schedule WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> row(rs))
        .findOne();
  }

  List<WeeklyRule> ofMentor(Handle h, long communityId, String mentorId) {
    return h.createQuery(
            "SELECT "
                + COLUMNS
                + " FROM oh_schedule WHERE community_id = :c AND mentor_id = :m ORDER BY weekday")
        .bind("c", communityId)
        .bind("m", mentorId)
        .map((rs, ctx) -> row(rs))
        .list();
  }

  void delete(Handle tx, long ruleId) {
    tx.createUpdate("DELETE FROM oh_schedule WHERE id = :id").bind("id", ruleId).execute();
  }

  /** Records that the rule's occurrence on {@code date} (its own zone) is skipped. */
  boolean skip(Handle tx, long ruleId, LocalDate date, Instant now) {
    return tx.createUpdate(
                "INSERT INTO oh_skip (schedule_id, local_date, created_at) VALUES (:r, :d, :now)"
                    + " ON CONFLICT (schedule_id, local_date) DO NOTHING")
            .bind("r", ruleId)
            .bind("d", date.toString())
            .bind("now", now.toEpochMilli())
            .execute()
        > 0;
  }

  boolean skipped(Handle h, long ruleId, LocalDate date) {
    return h.createQuery("SELECT COUNT(*) FROM oh_skip WHERE schedule_id = :r AND local_date = :d")
            .bind("r", ruleId)
            .bind("d", date.toString())
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  void deleteOfMentor(Handle tx, long communityId, String mentorId) {
    tx.createUpdate("DELETE FROM oh_schedule WHERE community_id = :c AND mentor_id = :m")
        .bind("c", communityId)
        .bind("m", mentorId)
        .execute();
  }

  private static WeeklyRule row(ResultSet rs) throws SQLException {
    return new WeeklyRule(
        rs.getLong("id"),
        rs.getString("mentor_id"),
        rs.getString("mentor_name"),
        DayOfWeek.of(rs.getInt("weekday")),
        LocalTime.parse(rs.getString("start_time")),
        ZoneId.of(rs.getString("zone")),
        rs.getInt("minutes"),
        Optional.ofNullable(rs.getString("topic")));
  }
}
