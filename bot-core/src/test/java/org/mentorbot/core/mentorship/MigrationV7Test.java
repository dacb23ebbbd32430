package org.mentorbot.core.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorbot.core.storage.Database;
import org.sqlite.SQLiteDataSource;

/**
 * An existing database at V6 migrates: a pair from a published round still active becomes an active
 * short mentorship ending when its round would have closed, with the mentee's goals and its term
 * jobs; older pairs become ended; check-in rows and feedback keep pointing at them.
 */
class MigrationV7Test {

  private static final long PUBLISHED = Instant.parse("2026-03-02T09:00:00Z").toEpochMilli();
  private static final long CLOSES = Instant.parse("2026-04-01T09:00:00Z").toEpochMilli();

  @Test
  void runningPairsBecomeActiveShortMentorshipsAndOlderOnesEnded(@TempDir Path dir) {
    String file = dir.resolve("old.db").toString();
    SQLiteDataSource ds = new SQLiteDataSource();
    ds.setUrl("jdbc:sqlite:" + file);
    Flyway.configure()
        .dataSource(ds)
        // V1-V6 as SQLite has them (db/sqlite), V7 on shared by both engines (db/migration)
        .locations("classpath:db/migration", "classpath:db/sqlite")
        .placeholders(Map.of("id_pk", "INTEGER PRIMARY KEY"))
        .target("6")
        .load()
        .migrate();
    org.jdbi.v3.core.Jdbi.create(ds)
        .useHandle(
            h -> {
              h.execute(
                  "INSERT INTO community (id, platform, external_id, created_at)"
                      + " VALUES (1, 'CONSOLE', 'old', 0)");
              h.execute(
                  "INSERT INTO member (community_id, user_id, display_name, is_mentee, goals,"
                      + " created_at, updated_at) VALUES (1, 'kim', 'kim', 1, 'Lead a team', 0, 0)");
              h.execute(
                  "INSERT INTO match_round (id, community_id, number, kind, state, opened_at,"
                      + " signup_closes_at, match_at, published_at, seed) VALUES"
                      + " (1, 1, 1, 'mentorship', 'closed', 0, 0, 0, 0, 1),"
                      + " (2, 1, 2, 'mentorship', 'published', 0, 0, ?, ?, 1)",
                  PUBLISHED,
                  PUBLISHED);
              h.execute(
                  "INSERT INTO match_pair (id, round_id, community_id, mentor_id, mentee_id, score,"
                      + " reasons, state, created_at, ended_at) VALUES"
                      + " (1, 1, 1, 'ada', 'sam', 100, '', 'ended', 0, 5),"
                      + " (2, 2, 1, 'ada', 'kim', 100, '', 'active', ?, NULL)",
                  PUBLISHED);
              h.execute(
                  "INSERT INTO job (community_id, kind, payload, dedupe_key, due_at, created_at)"
                      + " VALUES (1, 'round-close', '2', 'round-close:2', ?, 0)",
                  CLOSES);
              h.execute(
                  "INSERT INTO checkin_pair (pair_id, community_id, round_id, state, planned,"
                      + " started_at) VALUES (1, 1, 1, 'ended', 2, 0), (2, 1, 2, 'active', 2, ?)",
                  PUBLISHED);
              h.execute(
                  "INSERT INTO checkin_answer (pair_id, community_id, user_id, answer,"
                      + " occurrence, created_at) VALUES (2, 1, 'kim', 'met', 1, ?)",
                  PUBLISHED);
              h.execute(
                  "INSERT INTO checkin_feedback (pair_id, community_id, round_id, from_id,"
                      + " about_id, rating, created_at, updated_at) VALUES"
                      + " (1, 1, 1, 'sam', 'ada', 4, 0, 0)");
            });

    try (Database db = Database.openFile(file)) {
      assertThat(
              strings(
                  db,
                  "SELECT id || ' ' || kind || ' ' || format || ' ' || state || ' '"
                      + " || COALESCE(end_reason, '-') || ' ' || planned_end_at"
                      + " FROM mentorship ORDER BY id"))
          .containsExactly(
              "1 pair short ended term-completed 2592000000", "2 pair short active - " + CLOSES);
      assertThat(
              strings(
                  db,
                  "SELECT mentorship_id || ':' || user_id || ':' || role"
                      + " FROM mentorship_member ORDER BY 1"))
          .containsExactly("1:ada:mentor", "1:sam:mentee", "2:ada:mentor", "2:kim:mentee");
      assertThat(strings(db, "SELECT mentorship_id || ':' || text FROM mentorship_goal"))
          .containsExactly("2:Lead a team");
      assertThat(
              strings(
                  db,
                  "SELECT kind || ':' || payload || ':' || due_at FROM job"
                      + " WHERE kind LIKE 'mentorship-%' ORDER BY kind"))
          .containsExactly(
              "mentorship-ask:2:1:" + (CLOSES - 2 * 86_400_000L), "mentorship-term:2:1:" + CLOSES);
      assertThat(
              strings(
                  db,
                  "SELECT (SELECT COUNT(*) FROM checkin_pair) || '/'"
                      + " || (SELECT COUNT(*) FROM checkin_answer) || '/'"
                      + " || (SELECT COUNT(*) FROM checkin_feedback)"))
          .containsExactly("2/1/1");
    }
  }

  private static List<String> strings(Database db, String sql) {
    List<String> out = db.read(h -> h.createQuery(sql).mapTo(String.class).list());
    return out;
  }
}
