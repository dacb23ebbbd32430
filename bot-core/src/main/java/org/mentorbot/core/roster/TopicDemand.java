package org.mentorbot.core.roster;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * Unmet demand: {@code /mentor find <topic>} that found no available mentor is counted per topic,
 * so moderators see which mentors to recruit ({@code /mentor stats}). Only counts are stored, never
 * who searched; a member's repeats of the same search within a day are counted once (a best-effort
 * in-memory filter: after a restart a repeat may count again). A community keeps at most {@link
 * #MAX_TOPICS} topics, so typing random topics cannot grow the table without bound.
 */
public final class TopicDemand {

  static final int MAX_TOPICS = 500;
  private static final int MAX_TOPIC_LENGTH = 50;

  private final Cache<String, Boolean> recent =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofDays(1)).maximumSize(10_000).build();

  /** One topic nobody on the roster mentors in, and how often it was looked for. */
  public record Unmet(String topic, int searches, Instant last) {
    public Unmet {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(last, "last");
    }
  }

  /** Counts a search that found no mentor, unless this member just made it. */
  void record(Handle tx, long communityId, String userId, String topic, Instant now) {
    if (topic.isEmpty() || topic.length() > MAX_TOPIC_LENGTH) {
      return;
    }
    if (recent.asMap().putIfAbsent(communityId + "\n" + userId + "\n" + topic, true) != null) {
      return;
    }
    int updated =
        tx.createUpdate(
                "UPDATE topic_demand SET searches = searches + 1, last_at = :now"
                    + " WHERE community_id = :c AND topic = :t")
            .bind("c", communityId)
            .bind("t", topic)
            .bind("now", now.toEpochMilli())
            .execute();
    if (updated == 0
        && tx.createQuery("SELECT COUNT(*) FROM topic_demand WHERE community_id = :c")
                .bind("c", communityId)
                .mapTo(Integer.class)
                .one()
            < MAX_TOPICS) {
      tx.createUpdate(
              "INSERT INTO topic_demand (community_id, topic, searches, first_at, last_at)"
                  + " VALUES (:c, :t, 1, :now, :now) ON CONFLICT (community_id, topic) DO UPDATE"
                  + " SET searches = topic_demand.searches + 1, last_at = excluded.last_at")
          .bind("c", communityId)
          .bind("t", topic)
          .bind("now", now.toEpochMilli())
          .execute();
    }
  }

  /** Topics looked for that no mentor on the roster covers now, most wanted first. */
  public static List<Unmet> unmet(Handle h, long communityId, int limit) {
    return h.createQuery(
            "SELECT d.topic, d.searches, d.last_at FROM topic_demand d WHERE d.community_id = :c"
                + " AND NOT EXISTS (SELECT 1 FROM member_topic t JOIN member m"
                + " ON m.community_id = t.community_id AND m.user_id = t.user_id"
                + " WHERE t.community_id = d.community_id AND t.role = 'mentor'"
                + " AND t.topic = d.topic AND m.is_mentor = 1)"
                + " ORDER BY d.searches DESC, d.topic LIMIT :n")
        .bind("c", communityId)
        .bind("n", limit)
        .map(
            (rs, ctx) ->
                new Unmet(rs.getString(1), rs.getInt(2), Instant.ofEpochMilli(rs.getLong(3))))
        .list();
  }
}
