package org.mentorbot.core.roster;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the member, topic, language and block tables. */
@RegisterConstructorMapper(MemberRow.class)
public interface MemberDao {

  String COLUMNS =
      "user_id, display_name, is_mentor, is_mentee, goals, years, timezone, capacity, bio, format,"
          + " offers_format, paused, paused_until";

  @SqlQuery("SELECT " + COLUMNS + " FROM member WHERE community_id = :c AND user_id = :u")
  Optional<MemberRow> find(@Bind("c") long communityId, @Bind("u") String userId);

  @SqlQuery("SELECT " + COLUMNS + " FROM member WHERE community_id = :c ORDER BY user_id")
  List<MemberRow> all(@Bind("c") long communityId);

  @SqlUpdate(
      "INSERT INTO member (community_id, user_id, display_name, is_mentor, is_mentee, goals, years,"
          + " timezone, capacity, bio, format, offers_format, paused, paused_until, created_at,"
          + " updated_at)"
          + " VALUES (:c, :r.userId, :r.displayName, :r.isMentor, :r.isMentee, :r.goals, :r.years,"
          + " :r.timezone, :r.capacity, :r.bio, :r.format, :r.offersFormat, :r.paused,"
          + " :r.pausedUntil, :now, :now)"
          + " ON CONFLICT (community_id, user_id) DO UPDATE SET display_name = excluded.display_name,"
          + " is_mentor = excluded.is_mentor, is_mentee = excluded.is_mentee, goals = excluded.goals,"
          + " years = excluded.years, timezone = excluded.timezone, capacity = excluded.capacity,"
          + " bio = excluded.bio, format = excluded.format, offers_format = excluded.offers_format,"
          + " paused = excluded.paused,"
          + " paused_until = excluded.paused_until, updated_at = excluded.updated_at")
  void upsert(@Bind("c") long communityId, @BindMethods("r") MemberRow row, @Bind("now") long now);

  @SqlUpdate("DELETE FROM member WHERE community_id = :c AND user_id = :u")
  int delete(@Bind("c") long communityId, @Bind("u") String userId);

  @SqlQuery(
      "SELECT topic FROM member_topic WHERE community_id = :c AND user_id = :u AND role = :role"
          + " ORDER BY rowid")
  List<String> topics(
      @Bind("c") long communityId, @Bind("u") String userId, @Bind("role") String role);

  /**
   * Member {@code m} may be offered to caller {@code :u} on {@code :today}: not paused then and not
   * blocked either way. paused_until is an ISO date, so text order is date order; a dated pause
   * ends after its day.
   */
  String OFFERABLE =
      "(m.paused = 0 OR (m.paused_until IS NOT NULL AND m.paused_until < :today))"
          + " AND NOT EXISTS (SELECT 1 FROM member_block b WHERE b.community_id = m.community_id"
          + " AND ((b.blocker_id = :u AND b.blocked_id = m.user_id)"
          + " OR (b.blocker_id = m.user_id AND b.blocked_id = :u)))";

  /** Mentors of topic {@code :t}, for a subquery. */
  String TEACHING =
      "SELECT user_id FROM member_topic WHERE community_id = :c AND role = 'mentor' AND topic = :t";

  /** The member rows of {@code ids}, which are few (an IN-list parses once per length). */
  @SqlQuery("SELECT " + COLUMNS + " FROM member WHERE community_id = :c AND user_id IN (<ids>)")
  List<MemberRow> some(@Bind("c") long communityId, @BindList("ids") List<String> ids);

  @SqlQuery(
      "SELECT user_id, role, topic FROM member_topic WHERE community_id = :c"
          + " AND user_id IN (<ids>) ORDER BY user_id, rowid")
  @RegisterConstructorMapper(TopicRow.class)
  List<TopicRow> someTopics(@Bind("c") long communityId, @BindList("ids") List<String> ids);

  @SqlQuery(
      "SELECT user_id, language FROM member_language WHERE community_id = :c"
          + " AND user_id IN (<ids>) ORDER BY user_id, rowid")
  @RegisterConstructorMapper(LanguageRow.class)
  List<LanguageRow> someLanguages(@Bind("c") long communityId, @BindList("ids") List<String> ids);

  /** Every topic row of a community, for loading many profiles in one query. */
  @SqlQuery(
      "SELECT user_id, role, topic FROM member_topic WHERE community_id = :c ORDER BY user_id, rowid")
  @RegisterConstructorMapper(TopicRow.class)
  List<TopicRow> allTopics(@Bind("c") long communityId);

  /** Every language row of a community. */
  @SqlQuery(
      "SELECT user_id, language FROM member_language WHERE community_id = :c ORDER BY user_id, rowid")
  @RegisterConstructorMapper(LanguageRow.class)
  List<LanguageRow> allLanguages(@Bind("c") long communityId);

  /** A member's topic in one role. */
  record TopicRow(String userId, String role, String topic) {}

  /** A member's language. */
  record LanguageRow(String userId, String language) {}

  @SqlUpdate("DELETE FROM member_topic WHERE community_id = :c AND user_id = :u")
  void clearTopics(@Bind("c") long communityId, @Bind("u") String userId);

  @SqlUpdate(
      "INSERT INTO member_topic (community_id, user_id, role, topic) VALUES (:c, :u, :role, :t)")
  void addTopic(
      @Bind("c") long communityId,
      @Bind("u") String userId,
      @Bind("role") String role,
      @Bind("t") String topic);

  @SqlQuery(
      "SELECT topic FROM member_topic WHERE community_id = :c AND topic LIKE :prefix ESCAPE '\\'"
          + " GROUP BY topic ORDER BY COUNT(*) DESC, topic LIMIT 25")
  List<String> topicsStartingWith(@Bind("c") long communityId, @Bind("prefix") String prefix);

  @SqlQuery(
      "SELECT language FROM member_language WHERE community_id = :c AND user_id = :u ORDER BY rowid")
  List<String> languages(@Bind("c") long communityId, @Bind("u") String userId);

  @SqlUpdate("DELETE FROM member_language WHERE community_id = :c AND user_id = :u")
  void clearLanguages(@Bind("c") long communityId, @Bind("u") String userId);

  @SqlUpdate("INSERT INTO member_language (community_id, user_id, language) VALUES (:c, :u, :l)")
  void addLanguage(
      @Bind("c") long communityId, @Bind("u") String userId, @Bind("l") String language);

  @SqlUpdate(
      "INSERT INTO member_block (community_id, blocker_id, blocked_id, created_at)"
          + " VALUES (:c, :a, :b, :now) ON CONFLICT DO NOTHING")
  int block(
      @Bind("c") long communityId,
      @Bind("a") String blocker,
      @Bind("b") String blocked,
      @Bind("now") long now);

  @SqlUpdate(
      "DELETE FROM member_block WHERE community_id = :c AND blocker_id = :a AND blocked_id = :b")
  int unblock(@Bind("c") long communityId, @Bind("a") String blocker, @Bind("b") String blocked);

  @SqlQuery(
      "SELECT COUNT(*) > 0 FROM member_block WHERE community_id = :c"
          + " AND ((blocker_id = :a AND blocked_id = :b) OR (blocker_id = :b AND blocked_id = :a))")
  boolean blockedEitherWay(@Bind("c") long communityId, @Bind("a") String a, @Bind("b") String b);

  @SqlQuery(
      "SELECT blocked_id FROM member_block WHERE community_id = :c AND blocker_id = :a ORDER BY blocked_id")
  List<String> blockedBy(@Bind("c") long communityId, @Bind("a") String blocker);

  @SqlUpdate("DELETE FROM member_block WHERE community_id = :c AND blocker_id = :a")
  void clearBlocksBy(@Bind("c") long communityId, @Bind("a") String blocker);
}
