package org.mentorbot.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

  @TempDir Path dir;

  private static String pragma(Database db, String name) {
    String value = db.read(h -> h.createQuery("PRAGMA " + name).mapTo(String.class).one());
    return value;
  }

  @Test
  void fileDatabasesUseWalForeignKeysAndABusyTimeout() {
    try (Database db = Database.openFile(dir.resolve("m.db").toString())) {
      assertThat(pragma(db, "journal_mode")).isEqualToIgnoringCase("wal");
      assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
      assertThat(Integer.parseInt(pragma(db, "busy_timeout"))).isGreaterThanOrEqualTo(5000);
    }
  }

  @Test
  void migrationsCreateEveryTableOnce() {
    String file = dir.resolve("m.db").toString();
    try (Database db = Database.openFile(file)) {
      List<String> tables =
          db.read(
              h ->
                  h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table'")
                      .mapTo(String.class)
                      .list());
      assertThat(tables)
          .contains(
              "community", "member", "member_topic", "outbox", "job", "flyway_schema_history");
    }
    try (Database reopened = Database.openFile(file)) {
      Integer applied =
          reopened.read(
              h ->
                  h.createQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1")
                      .mapTo(Integer.class)
                      .one());
      assertThat(applied).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void foreignKeysAreEnforced() {
    try (Database db = Database.inMemory()) {
      assertThatThrownBy(
              () ->
                  db.writeVoid(
                      h ->
                          h.execute(
                              "INSERT INTO member_topic (community_id, user_id, role, topic) VALUES (999, 'x', 'mentor', 't')")))
          .isInstanceOf(UnableToExecuteStatementException.class)
          .hasMessageContaining("FOREIGN KEY");
    }
  }

  @Test
  void inMemoryDatabasesArePrivate() {
    try (Database a = Database.inMemory();
        Database b = Database.inMemory()) {
      a.writeVoid(
          h ->
              h.execute(
                  "INSERT INTO community (platform, external_id, created_at) VALUES ('CONSOLE', 'a', 0)"));
      Integer inB =
          b.read(h -> h.createQuery("SELECT COUNT(*) FROM community").mapTo(Integer.class).one());
      assertThat(inB).isZero();
    }
  }

  @Test
  void aReadSeesOneSnapshotWhileAWriteCommitsBetweenItsQueries() throws Exception {
    try (Database db = Database.openFile(dir.resolve("snap.db").toString())) {
      db.writeVoid(
          h ->
              h.execute(
                  "INSERT INTO community (platform, external_id, created_at) VALUES ('CONSOLE', 'a', 0)"));
      java.util.concurrent.CountDownLatch firstQueryDone =
          new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.CountDownLatch written = new java.util.concurrent.CountDownLatch(1);
      Thread writer =
          new Thread(
              () -> {
                try {
                  firstQueryDone.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                db.writeVoid(
                    h ->
                        h.execute(
                            "INSERT INTO community (platform, external_id, created_at) VALUES ('CONSOLE', 'b', 0)"));
                written.countDown();
              });
      writer.start();
      List<Integer> counts =
          db.read(
              h -> {
                int before =
                    h.createQuery("SELECT COUNT(*) FROM community").mapTo(Integer.class).one();
                firstQueryDone.countDown();
                assertThat(written.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
                int after =
                    h.createQuery("SELECT COUNT(*) FROM community").mapTo(Integer.class).one();
                return List.of(before, after);
              });
      writer.join(30_000);
      assertThat(counts).containsExactly(1, 1);
      Integer now =
          db.read(h -> h.createQuery("SELECT COUNT(*) FROM community").mapTo(Integer.class).one());
      assertThat(now).isEqualTo(2);
    }
  }

  @Test
  void aFailedWriteRollsBackEverything() {
    try (Database db = Database.inMemory()) {
      assertThatThrownBy(
              () ->
                  db.writeVoid(
                      h -> {
                        h.execute(
                            "INSERT INTO community (platform, external_id, created_at) VALUES ('CONSOLE', 'a', 0)");
                        throw new IllegalStateException("boom");
                      }))
          .hasMessage("boom");
      Integer rows =
          db.read(h -> h.createQuery("SELECT COUNT(*) FROM community").mapTo(Integer.class).one());
      assertThat(rows).isZero();
    }
  }

  @Test
  @org.junit.jupiter.api.Timeout(60)
  void aWriteWaitsForAnotherConnectionsWriteLockInsteadOfFailing() throws Exception {
    String file = dir.resolve("shared.db").toString();
    try (Database first = Database.openFile(file);
        Database second = Database.openFile(file)) {
      java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.CompletableFuture<Void> holder =
          java.util.concurrent.CompletableFuture.runAsync(
              () ->
                  first.writeVoid(
                      h -> {
                        h.execute(
                            "INSERT INTO community (platform, external_id, created_at) VALUES ('CONSOLE', 'a', 0)");
                        holding.countDown();
                        try {
                          release.await(30, java.util.concurrent.TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                      }));
      assertThat(holding.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      // The second writer reads first and writes after: with a deferred BEGIN it would fail at
      // once with SQLITE_BUSY_SNAPSHOT; taking the lock up front it waits for the first.
      java.util.concurrent.CompletableFuture<Integer> waiting =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () ->
                  second.write(
                      h -> {
                        int seen =
                            h.createQuery("SELECT COUNT(*) FROM community")
                                .mapTo(Integer.class)
                                .one();
                        h.execute(
                            "INSERT INTO community (platform, external_id, created_at) VALUES ('CONSOLE', 'b', 0)");
                        return seen;
                      }));
      assertThat(waiting).isNotDone();
      release.countDown();
      holder.get(30, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(waiting.get(30, java.util.concurrent.TimeUnit.SECONDS))
          .as("the second write ran after the first committed")
          .isEqualTo(1);
    }
  }
}
