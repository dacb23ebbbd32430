package org.mentorbot.core.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.Query;
import org.mentorbot.core.text.TimeZones;

/**
 * Ranks the mentors of a topic for {@code /mentor find}. The database orders them by a rough fit to
 * the caller (shared topics, how near their clocks are, a shared language; the matcher scores
 * precisely), and rows are read only until the ones shown are certain: a topic with thousands of
 * mentors costs a sort inside the database, not thousands of rows in Java. The caller, paused
 * mentors and anyone blocked either way are left out in SQL.
 */
final class MentorRanking {

  /** A mentor as read: capacity (free places come from the caller's load map) and fit. */
  record Ranked(String userId, int capacity, int fit) {}

  /**
   * The mentors read, in fit order, and how many there are in all.
   *
   * @param read every mentor that could be among the first {@code shown}, and maybe a few more
   */
  record Result(List<Ranked> read, int total) {}

  /** One row: a mentor, and how many mentors the query found in all. */
  private record Row(Ranked mentor, int total) {}

  private MentorRanking() {}

  static Result rank(
      Handle h,
      long community,
      String topic,
      Optional<Profile> caller,
      String callerId,
      LocalDate today,
      Instant now,
      Map<String, Integer> load,
      int shown) {
    Map<String, Integer> zoneScores = zoneScores(h, community, topic, caller, now);
    StringBuilder zoneCase = new StringBuilder();
    if (zoneScores.isEmpty()) {
      zoneCase.append('0');
    } else {
      zoneCase.append("(CASE m.timezone");
      for (int i = 0; i < zoneScores.size(); i++) {
        zoneCase.append(" WHEN :z").append(i).append(" THEN :s").append(i);
      }
      zoneCase.append(" ELSE 0 END)");
    }
    int wants = caller.map(p -> p.menteeTopics().size()).orElse(0);
    Query query =
        h.createQuery(
                "SELECT m.user_id, m.capacity,"
                    + " (CASE WHEN :n > 0 THEN 100 * (SELECT COUNT(*) FROM member_topic mine"
                    + " WHERE mine.community_id = :c AND mine.user_id = :u AND mine.role = 'mentee'"
                    + " AND mine.topic IN (SELECT topic FROM member_topic WHERE community_id = :c"
                    + " AND user_id = m.user_id AND role = 'mentor')) / :n ELSE 0 END)"
                    + " + "
                    + zoneCase
                    + " + (CASE WHEN EXISTS (SELECT 1 FROM member_language mine"
                    + " WHERE mine.community_id = :c AND mine.user_id = :u AND mine.language IN"
                    + " (SELECT language FROM member_language WHERE community_id = :c"
                    + " AND user_id = m.user_id)) THEN 10 ELSE 0 END) AS fit,"
                    + " COUNT(*) OVER () AS total"
                    + " FROM member m WHERE m.community_id = :c AND m.user_id <> :u AND "
                    + MemberDao.OFFERABLE
                    + " AND m.user_id IN ("
                    + MemberDao.TEACHING
                    + ") ORDER BY fit DESC, m.capacity DESC, m.user_id")
            .bind("c", community)
            .bind("t", topic)
            .bind("u", callerId)
            .bind("n", wants)
            .bind("today", today.toString());
    int z = 0;
    for (Map.Entry<String, Integer> zone : zoneScores.entrySet()) {
      query.bind("z" + z, zone.getKey()).bind("s" + z, zone.getValue().intValue());
      z++;
    }
    List<Ranked> read = new ArrayList<>();
    int total = 0;
    int free = 0;
    int lowestShownFit = Integer.MIN_VALUE;
    try (ResultIterator<Row> rows =
        query
            .map(
                (rs, ctx) ->
                    new Row(new Ranked(rs.getString(1), rs.getInt(2), rs.getInt(3)), rs.getInt(4)))
            .iterator()) {
      while (rows.hasNext()) {
        Row row = rows.next();
        Ranked mentor = row.mentor();
        total = row.total();
        // Free mentors come first, and rows arrive by falling fit: once `shown` free ones are
        // read, a row of lower fit than the last of them can no longer be shown.
        if (free >= shown && mentor.fit() < lowestShownFit) {
          break;
        }
        read.add(mentor);
        if (mentor.capacity() > load.getOrDefault(mentor.userId(), 0) && ++free == shown) {
          lowestShownFit = mentor.fit();
        }
      }
    }
    return new Result(read, total);
  }

  /**
   * Points for how near each mentor time zone of the topic is to the caller's clock now: 30 for the
   * same offset down to 0 for twelve hours apart. Few zones, however many mentors.
   */
  private static Map<String, Integer> zoneScores(
      Handle h, long community, String topic, Optional<Profile> caller, Instant now) {
    Optional<Integer> mine =
        caller.flatMap(Profile::zone).map(zone -> TimeZones.offsetMinutes(zone, now));
    Map<String, Integer> scores = new LinkedHashMap<>();
    if (mine.isEmpty()) {
      return scores;
    }
    List<String> zones =
        h.createQuery(
                "SELECT DISTINCT m.timezone FROM member m WHERE m.community_id = :c"
                    + " AND m.timezone IS NOT NULL AND m.user_id IN ("
                    + MemberDao.TEACHING
                    + ") ORDER BY m.timezone")
            .bind("c", community)
            .bind("t", topic)
            .mapTo(String.class)
            .list();
    for (String zone : zones) {
      TimeZones.parse(zone)
          .ifPresent(
              id -> {
                int diff = Math.abs(mine.get() - TimeZones.offsetMinutes(id, now));
                diff = Math.min(diff, 24 * 60 - diff);
                scores.put(zone, 30 * (12 * 60 - diff) / (12 * 60));
              });
    }
    return scores;
  }
}
