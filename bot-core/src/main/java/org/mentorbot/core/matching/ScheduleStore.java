package org.mentorbot.core.matching;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.text.TimeZones;

/** SQL for {@code round_schedule}: one rule per community and the occurrence now pending. */
final class ScheduleStore {

  /** A stored rule; {@code nextMatchAt} is the occurrence whose jobs are pending. */
  record Stored(MonthlyRule rule, boolean enabled, Optional<Instant> nextMatchAt) {

    /**
     * The next occurrence whose sign-up is still ahead of {@code now}: the pending one, unless its
     * job is overdue (the bot is catching up after downtime), then the rule's next real date.
     */
    Optional<Instant> upcoming(Instant now) {
      return nextMatchAt.map(
          next -> rule.opensBefore(next).isBefore(now) ? rule.firstFrom(now) : next);
    }
  }

  Optional<Stored> find(Handle h, long communityId) {
    return h.createQuery(
            "SELECT day_of_month, match_time, zone, signup_days, enabled, next_match_at"
                + " FROM round_schedule WHERE community_id = :c")
        .bind("c", communityId)
        .map(
            (rs, ctx) -> {
              long next = rs.getLong(6);
              boolean hasNext = !rs.wasNull();
              return new Stored(
                  new MonthlyRule(
                      rs.getInt(1),
                      LocalTime.parse(rs.getString(2)),
                      TimeZones.parse(rs.getString(3)).orElseThrow(),
                      rs.getInt(4)),
                  rs.getBoolean(5),
                  hasNext ? Optional.of(Instant.ofEpochMilli(next)) : Optional.empty());
            })
        .findOne();
  }

  void save(Handle tx, long communityId, MonthlyRule rule, Instant nextMatchAt, Instant now) {
    tx.createUpdate(
            "INSERT INTO round_schedule (community_id, day_of_month, match_time, zone,"
                + " signup_days, enabled, next_match_at, updated_at) VALUES (:c, :d, :t, :z, :s,"
                + " 1, :next, :now) ON CONFLICT (community_id) DO UPDATE SET"
                + " day_of_month = excluded.day_of_month, match_time = excluded.match_time,"
                + " zone = excluded.zone, signup_days = excluded.signup_days, enabled = 1,"
                + " next_match_at = excluded.next_match_at, updated_at = excluded.updated_at")
        .bind("c", communityId)
        .bind("d", rule.day())
        .bind("t", rule.time().toString())
        .bind("z", TimeZones.format(rule.zone()))
        .bind("s", rule.signupDays())
        .bind("next", nextMatchAt.toEpochMilli())
        .bind("now", now.toEpochMilli())
        .execute();
  }

  void setNext(Handle tx, long communityId, Instant nextMatchAt) {
    tx.createUpdate("UPDATE round_schedule SET next_match_at = :n WHERE community_id = :c")
        .bind("c", communityId)
        .bind("n", nextMatchAt.toEpochMilli())
        .execute();
  }

  void disable(Handle tx, long communityId, Instant now) {
    tx.createUpdate(
            "UPDATE round_schedule SET enabled = 0, next_match_at = NULL, updated_at = :now"
                + " WHERE community_id = :c")
        .bind("c", communityId)
        .bind("now", now.toEpochMilli())
        .execute();
  }
}
