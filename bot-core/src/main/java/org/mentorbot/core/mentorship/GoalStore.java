package org.mentorbot.core.mentorship;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** SQL for {@code mentorship_goal}. */
public final class GoalStore {

  public List<Goal> of(Handle h, long mentorshipId) {
    return h.createQuery(
            "SELECT number, text, state FROM mentorship_goal WHERE mentorship_id = :m"
                + " ORDER BY number")
        .bind("m", mentorshipId)
        .map((rs, ctx) -> new Goal(rs.getInt(1), rs.getString(2), Goal.State.of(rs.getString(3))))
        .list();
  }

  /** The mentorship's goals that are still open. */
  public List<Goal> open(Handle h, long mentorshipId) {
    return of(h, mentorshipId).stream().filter(Goal::open).toList();
  }

  /** Adds a goal with the next number; returns the number. */
  int add(Handle tx, long mentorshipId, String text, Instant now) {
    int number =
        tx.createQuery(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM mentorship_goal WHERE mentorship_id = :m")
            .bind("m", mentorshipId)
            .mapTo(Integer.class)
            .one();
    tx.createUpdate(
            "INSERT INTO mentorship_goal (mentorship_id, number, text, state, created_at)"
                + " VALUES (:m, :n, :t, 'open', :now)")
        .bind("m", mentorshipId)
        .bind("n", number)
        .bind("t", text)
        .bind("now", now.toEpochMilli())
        .execute();
    return number;
  }

  /** Closes an open goal as done or dropped; false if there was no such open goal. */
  boolean close(Handle tx, long mentorshipId, int number, Goal.State to, Instant now) {
    return tx.createUpdate(
                "UPDATE mentorship_goal SET state = :to, closed_at = :now WHERE mentorship_id = :m"
                    + " AND number = :n AND state = 'open'")
            .bind("m", mentorshipId)
            .bind("n", number)
            .bind("to", to.label())
            .bind("now", now.toEpochMilli())
            .execute()
        == 1;
  }
}
