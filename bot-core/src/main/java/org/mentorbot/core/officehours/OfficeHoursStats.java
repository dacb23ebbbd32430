package org.mentorbot.core.officehours;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Read-only figures for {@code /mentor stats}: per session held since a time, how many were served,
 * how many were skipped as no-shows, the mean wait (joined to called) and the mean service time
 * (called to finished).
 */
public final class OfficeHoursStats {

  private OfficeHoursStats() {}

  /** One session's figures. Means are empty when nobody was called or served. */
  public record SessionStats(
      int number,
      String mentorId,
      Optional<String> topic,
      Instant openedAt,
      int served,
      int noShows,
      Optional<Duration> meanWait,
      Optional<Duration> meanService) {
    public SessionStats {
      Objects.requireNonNull(mentorId);
      Objects.requireNonNull(topic);
      Objects.requireNonNull(openedAt);
      Objects.requireNonNull(meanWait);
      Objects.requireNonNull(meanService);
    }
  }

  /** The community's totals over {@link #sessions()}, plus each session. */
  public record Summary(
      int sessions,
      int served,
      int noShows,
      Optional<Duration> meanWait,
      Optional<Duration> meanService,
      List<SessionStats> perSession) {
    public Summary {
      Objects.requireNonNull(meanWait);
      Objects.requireNonNull(meanService);
      perSession = List.copyOf(perSession);
    }
  }

  /** Sessions of the community (its row id) that opened at or after {@code since}. */
  public static Summary forCommunity(Handle handle, long communityId, Instant since) {
    List<SessionStats> sessions =
        handle
            .createQuery(
                "SELECT s.number, s.owner_id, s.topic, s.opened_at,"
                    + " SUM(CASE WHEN e.state = 'served' THEN 1 ELSE 0 END) AS served,"
                    + " SUM(CASE WHEN e.state = 'no_show' THEN 1 ELSE 0 END) AS no_shows,"
                    + " AVG(e.called_at - e.joined_at) AS mean_wait,"
                    + " AVG(CASE WHEN e.state = 'served' THEN e.done_at - e.called_at END)"
                    + " AS mean_service"
                    + " FROM oh_session s LEFT JOIN oh_entry e ON e.session_id = s.id"
                    + " WHERE s.community_id = :c AND s.opened_at IS NOT NULL"
                    + " AND s.opened_at >= :since"
                    + " GROUP BY s.id, s.number, s.owner_id, s.topic, s.opened_at"
                    + " ORDER BY s.opened_at, s.number")
            .bind("c", communityId)
            .bind("since", since.toEpochMilli())
            .map(
                (rs, ctx) ->
                    new SessionStats(
                        rs.getInt("number"),
                        rs.getString("owner_id"),
                        Optional.ofNullable(rs.getString("topic")),
                        Instant.ofEpochMilli(rs.getLong("opened_at")),
                        rs.getInt("served"),
                        rs.getInt("no_shows"),
                        millis(rs.getObject("mean_wait")),
                        millis(rs.getObject("mean_service"))))
            .list();
    Totals waits =
        totals(handle, communityId, since, "e.called_at - e.joined_at", "e.called_at IS NOT NULL");
    Totals services =
        totals(handle, communityId, since, "e.done_at - e.called_at", "e.state = 'served'");
    return new Summary(
        sessions.size(),
        sessions.stream().mapToInt(SessionStats::served).sum(),
        sessions.stream().mapToInt(SessionStats::noShows).sum(),
        waits.mean(),
        services.mean(),
        sessions);
  }

  private record Totals(Optional<Duration> mean) {}

  private static Totals totals(
      Handle handle, long communityId, Instant since, String expression, String filter) {
    Object mean =
        handle
            .createQuery(
                "SELECT AVG("
                    + expression
                    + ") FROM oh_entry e JOIN oh_session s ON s.id = e.session_id"
                    + " WHERE s.community_id = :c AND s.opened_at IS NOT NULL"
                    + " AND s.opened_at >= :since AND "
                    + filter)
            .bind("c", communityId)
            .bind("since", since.toEpochMilli())
            .map((rs, ctx) -> rs.getObject(1))
            .findOne()
            .orElse(null);
    return new Totals(millis(mean));
  }

  private static Optional<Duration> millis(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofMillis(Math.round(((Number) value).doubleValue())));
  }
}
