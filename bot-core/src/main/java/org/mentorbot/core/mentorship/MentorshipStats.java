package org.mentorbot.core.mentorship;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * Read-only mentorship figures for moderators ({@code /mentor stats}): how many run, how the ended
 * ones ended, and how many goals were set, reached and dropped. Only counts: a goal's text is never
 * read here, so it cannot reach a report.
 */
public final class MentorshipStats {

  private MentorshipStats() {}

  /** Community-wide counts; {@code ended} has every reason, zero where none ended so. */
  public record Summary(
      int running,
      Map<EndReason, Integer> ended,
      int goalsSet,
      int goalsReached,
      int goalsDropped) {
    public Summary {
      ended = Map.copyOf(Objects.requireNonNull(ended, "ended"));
      if (running < 0 || goalsSet < 0 || goalsReached < 0 || goalsDropped < 0) {
        throw new IllegalArgumentException("counts cannot be negative");
      }
      if (goalsReached + goalsDropped > goalsSet) {
        throw new IllegalArgumentException("reached and dropped goals are among the goals set");
      }
    }

    public int endedTotal() {
      return ended.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int goalsOpen() {
      return goalsSet - goalsReached - goalsDropped;
    }

    /** Whether no mentorship ever ran: nothing to report. */
    public boolean empty() {
      return running == 0 && endedTotal() == 0;
    }
  }

  public static Summary forCommunity(Handle h, long communityId) {
    int running =
        h.createQuery(
                "SELECT COUNT(*) FROM mentorship WHERE community_id = :c AND state <> 'ended'")
            .bind("c", communityId)
            .mapTo(Integer.class)
            .one();
    Map<EndReason, Integer> ended = new EnumMap<>(EndReason.class);
    for (EndReason r : EndReason.values()) {
      ended.put(r, 0);
    }
    h.createQuery(
            "SELECT end_reason, COUNT(*) FROM mentorship WHERE community_id = :c"
                + " AND state = 'ended' AND end_reason IS NOT NULL GROUP BY end_reason")
        .bind("c", communityId)
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
        .forEach(e -> EndReason.parse(e.getKey()).ifPresent(r -> ended.put(r, e.getValue())));
    int[] goals = new int[3];
    h.createQuery(
            "SELECT g.state, COUNT(*) FROM mentorship_goal g JOIN mentorship m"
                + " ON m.id = g.mentorship_id WHERE m.community_id = :c GROUP BY g.state")
        .bind("c", communityId)
        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
        .forEach(
            e -> {
              goals[0] += e.getValue();
              if (e.getKey().equals("done")) {
                goals[1] += e.getValue();
              } else if (e.getKey().equals("dropped")) {
                goals[2] += e.getValue();
              }
            });
    return new Summary(running, ended, goals[0], goals[1], goals[2]);
  }
}
