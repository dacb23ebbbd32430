package org.mentorbot.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.testing.TestCommunity;
import org.mentorbot.core.testing.TestDatabase;

/**
 * {@code mentorbot db copy}: a SQLite database with real data arrives whole on PostgreSQL and keeps
 * working there; a non-empty target is refused and a failed copy leaves the target empty.
 */
class DatabaseCopyOnPostgresTest {

  /** A community with members, topics, an ask and deliveries: most tables hold rows. */
  private static Database populatedSqlite() {
    Database db = Database.inMemory();
    TestCommunity c = new TestCommunity(db);
    c.mentor("ada", "signup mentor topics:java,go");
    c.mentor("sam", "signup mentee topics:java goals:\"learn java\"");
    c.mentor("kim", "signup mentee topics:go goals:\"learn go\"");
    c.mentor("sam", "ask @ada question:\"How do I start with java?\"");
    return db;
  }

  private static Map<String, Long> counts(Database db, List<String> tables) {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : tables) {
      counts.put(
          table,
          db.read(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one()));
    }
    return counts;
  }

  @Test
  void copiesEveryRowAndThePostgresDatabaseKeepsWorking() {
    try (Database sqlite = populatedSqlite();
        Database postgres = Database.open(TestDatabase.newEmptyPostgres(), "postgres", null)) {
      List<DatabaseCopy.Copied> copied = DatabaseCopy.copy(sqlite, postgres);

      List<String> tables = copied.stream().map(DatabaseCopy.Copied::table).toList();
      assertThat(tables).contains("community", "member", "member_topic", "outbox");
      assertThat(counts(postgres, tables)).isEqualTo(counts(sqlite, tables));
      assertThat(copied.stream().mapToLong(DatabaseCopy.Copied::rows).sum()).isGreaterThan(10);
      assertThat(copied.stream().filter(t -> t.table().equals("member")).findFirst())
          .hasValueSatisfying(t -> assertThat(t.rows()).isEqualTo(3));

      // New rows get ids after the copied ones, and the bot carries on over the copied data.
      TestCommunity after = new TestCommunity(postgres);
      after.mentor("lee", "signup mentee topics:go goals:\"learn go\"");
      assertThat(TestCommunity.shown(after.mentor("sam", "profile"))).contains("java");
      long membersAfter =
          postgres.read(h -> h.createQuery("SELECT COUNT(*) FROM member").mapTo(Long.class).one());
      assertThat(membersAfter).isEqualTo(4);
      long maxCopied =
          sqlite.read(h -> h.createQuery("SELECT MAX(id) FROM community").mapTo(Long.class).one());
      postgres.writeVoid(
          h ->
              h.execute(
                  "INSERT INTO community (platform, external_id, created_at)"
                      + " VALUES ('SLACK', 'T-new', 0)"));
      long newest =
          postgres.read(
              h -> h.createQuery("SELECT MAX(id) FROM community").mapTo(Long.class).one());
      assertThat(newest).isGreaterThan(maxCopied);
    }
  }

  @Test
  void refusesATargetThatHoldsAnyRowAndChangesNothing() {
    try (Database sqlite = populatedSqlite();
        Database postgres = Database.open(TestDatabase.newEmptyPostgres(), "postgres", null)) {
      new TestCommunity(postgres).mentor("zed", "signup mentor topics:rust");

      assertThatThrownBy(() -> DatabaseCopy.copy(sqlite, postgres))
          .isInstanceOf(DatabaseCopy.CopyFailed.class)
          .hasMessageContaining("the target database is not empty")
          .hasMessageContaining("copy only into a new, empty database");
      List<String> members =
          postgres.read(
              h -> h.createQuery("SELECT user_id FROM member").mapTo(String.class).list());
      assertThat(members).containsExactly("zed");
    }
  }

  @Test
  void aCopyThatFailsHalfWayLeavesTheTargetEmpty() {
    try (Database sqlite = populatedSqlite();
        Database postgres = Database.open(TestDatabase.newEmptyPostgres(), "postgres", null)) {
      // SQLite keeps text in an integer column; PostgreSQL cannot take it, late in the copy.
      sqlite.writeVoid(h -> h.execute("UPDATE outbox SET attempts = 'many' WHERE id = 1"));

      assertThatThrownBy(() -> DatabaseCopy.copy(sqlite, postgres))
          .isInstanceOf(DatabaseCopy.CopyFailed.class)
          .hasMessageContaining("outbox.attempts holds a value that is not a whole number");
      List<String> tables =
          postgres.read(
              h ->
                  h.createQuery(
                          "SELECT table_name FROM information_schema.tables WHERE table_schema"
                              + " = current_schema() AND table_name NOT LIKE 'flyway%'")
                      .mapTo(String.class)
                      .list());
      assertThat(counts(postgres, tables).values()).containsOnly(0L);
    }
  }
}
