package org.mentorbot.core.roster;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * Unmet demand: {@code /mentor find <topic>} that found no available mentor is noted per topic and
 * member, so moderators see how many members wanted a topic nobody mentors ({@code /mentor stats}:
 * "4 members looked for rust"). A member who searches again counts once. The member's rows are
 * personal data: exported with the profile and erased by forget-me. A community keeps at most
 * {@link #MAX_TOPICS} topics, so typing random topics cannot grow the table without bound.
 */
public final class TopicDemand {

  static final int MAX_TOPICS = 500;
  private static final int MAX_TOPIC_LENGTH = 50;

  /** One topic nobody on the roster mentors in, and how many members looked for it. */
  public record Unmet(String topic, int members, Instant last) {
    public Unmet {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(last, "last");
    }
  }

  /** Notes that {@code userId} looked for {@code topic} and found no mentor. */
  void record(Handle tx, long communityId, String userId, String topic, Instant now) {
    if (topic.isEmpty() || topic.length() > MAX_TOPIC_LENGTH) {
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
    if (updated == 0) {
      if (tx.createQuery("SELECT COUNT(*) FROM topic_demand WHERE community_id = :c")
              .bind("c", communityId)
              .mapTo(Integer.class)
              .one()
          >= MAX_TOPICS) {
        return;
      }
      tx.createUpdate(
              "INSERT INTO topic_demand (community_id, topic, searches, first_at, last_at)"
                  + " VALUES (:c, :t, 1, :now, :now) ON CONFLICT (community_id, topic) DO UPDATE"
                  + " SET searches = topic_demand.searches + 1, last_at = excluded.last_at")
          .bind("c", communityId)
          .bind("t", topic)
          .bind("now", now.toEpochMilli())
          .execute();
    }
    tx.createUpdate(
            "INSERT INTO topic_demand_member (community_id, topic, user_id, first_at, last_at)"
                + " VALUES (:c, :t, :u, :now, :now) ON CONFLICT (community_id, topic, user_id)"
                + " DO UPDATE SET last_at = excluded.last_at")
        .bind("c", communityId)
        .bind("t", topic)
        .bind("u", userId)
        .bind("now", now.toEpochMilli())
        .execute();
  }

  /** Topics looked for that no mentor on the roster covers now, most members first. */
  public static List<Unmet> unmet(Handle h, long communityId, int limit) {
    return h.createQuery(
            "SELECT d.topic, COUNT(m.user_id) AS members, d.last_at FROM topic_demand d"
                + " JOIN topic_demand_member m"
                + " ON m.community_id = d.community_id AND m.topic = d.topic"
                + " WHERE d.community_id = :c"
                + " AND NOT EXISTS (SELECT 1 FROM member_topic t JOIN member x"
                + " ON x.community_id = t.community_id AND x.user_id = t.user_id"
                + " WHERE t.community_id = d.community_id AND t.role = 'mentor'"
                + " AND t.topic = d.topic AND x.is_mentor = 1)"
                + " GROUP BY d.topic, d.last_at ORDER BY members DESC, d.topic LIMIT :n")
        .bind("c", communityId)
        .bind("n", limit)
        .map(
            (rs, ctx) ->
                new Unmet(rs.getString(1), rs.getInt(2), Instant.ofEpochMilli(rs.getLong(3))))
        .list();
  }

  /** The topics {@code userId} looked for without finding a mentor (their export). */
  static List<String> topicsOf(Handle h, long communityId, String userId) {
    return h.createQuery(
            "SELECT topic FROM topic_demand_member WHERE community_id = :c AND user_id = :u"
                + " ORDER BY topic")
        .bind("c", communityId)
        .bind("u", userId)
        .mapTo(String.class)
        .list();
  }

  /**
   * Forget-me: the member's rows go, and so does a topic only they looked for (the topic is then
   * their own words).
   */
  static void erase(Handle tx, long communityId, String userId) {
    tx.createUpdate(
            "DELETE FROM topic_demand WHERE community_id = :c AND topic IN"
                + " (SELECT m.topic FROM topic_demand_member m WHERE m.community_id = :c"
                + " AND m.user_id = :u) AND NOT EXISTS (SELECT 1 FROM topic_demand_member o"
                + " WHERE o.community_id = topic_demand.community_id"
                + " AND o.topic = topic_demand.topic AND o.user_id <> :u)")
        .bind("c", communityId)
        .bind("u", userId)
        .execute();
    tx.createUpdate("DELETE FROM topic_demand_member WHERE community_id = :c AND user_id = :u")
        .bind("c", communityId)
        .bind("u", userId)
        .execute();
  }
}
