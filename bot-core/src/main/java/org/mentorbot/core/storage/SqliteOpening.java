package org.mentorbot.core.storage;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens SQLite databases: WAL, foreign keys, secure delete and a busy timeout on every connection;
 * one long-lived writer connection whose transactions begin IMMEDIATE, and a small reader pool
 * beside it. Start-up waits for another process that holds the file's lock instead of failing.
 */
final class SqliteOpening {

  private static final Logger LOG = LoggerFactory.getLogger(SqliteOpening.class);
  private static final int IDLE_READERS = 4;

  /** How long one SQLite statement waits for another connection's lock before it is retried. */
  static final int BUSY_TIMEOUT_MS = 10_000;

  private SqliteOpening() {}

  /** Opens (creating if needed) and migrates the file; see {@link Database#openFile}. */
  static Database file(String path) {
    String url = "jdbc:sqlite:" + path;
    // Held while the file is checked and migrated; the body needs no handle on it.
    MigrationLock opening = MigrationLock.acquire(Path.of(path));
    try {
      refuseNewerSchema(path);
      return open(
          dataSource(url, true, SQLiteConfig.TransactionMode.DEFERRED),
          dataSource(url, true, SQLiteConfig.TransactionMode.IMMEDIATE));
    } finally {
      opening.close();
    }
  }

  /** A private in-memory database; see {@link Database#inMemory}. */
  static Database inMemory() {
    String url = "jdbc:sqlite:file:mentorbot-" + UUID.randomUUID() + "?mode=memory&cache=shared";
    return open(
        dataSource(url, false, SQLiteConfig.TransactionMode.DEFERRED),
        dataSource(url, false, SQLiteConfig.TransactionMode.IMMEDIATE));
  }

  /** Looks through a read-only connection, so a refused file is never written. */
  private static void refuseNewerSchema(String path) {
    File file = new File(path);
    if (!file.isFile() || file.length() == 0) {
      return;
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    SQLiteDataSource readOnly = new SQLiteDataSource(config);
    readOnly.setUrl("jdbc:sqlite:" + path);
    Migrations.refuseNewerSchema(readOnly, Database.Engine.SQLITE);
  }

  /**
   * @param readSource connections for reads (deferred transactions)
   * @param writeSource the writer's connection: transactions begin IMMEDIATE, taking the write lock
   *     up front so another process's writer is waited for at the start, never half-way
   */
  private static Database open(SQLiteDataSource readSource, SQLiteDataSource writeSource) {
    // Opened first: a shared-cache memory database lives only while a connection holds it.
    Connection writerConnection = patiently("open the database", () -> openWriter(writeSource));
    try {
      patiently(
          "migrate the database",
          () -> {
            Migrations.migrate(readSource, Database.Engine.SQLITE);
            return null;
          });
    } catch (RuntimeException e) {
      try {
        writerConnection.close();
      } catch (SQLException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
    ReaderPool readers = new ReaderPool(readSource, IDLE_READERS);
    return new Database(
        Database.Engine.SQLITE,
        Jdbi.create(new SharedConnection(ImmediateWrites.wrap(writerConnection))),
        Jdbi.create(readers),
        readSource.getUrl().contains("mode=memory"),
        () -> {
          try {
            readers.close();
          } finally {
            writerConnection.close();
          }
        });
  }

  private static Connection openWriter(SQLiteDataSource dataSource) throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      // SQLite opens the file (and the WAL) only at a connection's first statement. Holding one
      // connection open also keeps the WAL from being checkpointed and deleted after every write.
      try (Statement statement = connection.createStatement()) {
        statement.execute("SELECT COUNT(*) FROM sqlite_master");
      }
      return connection;
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  private static SQLiteDataSource dataSource(
      String url, boolean wal, SQLiteConfig.TransactionMode transactions) {
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setTransactionMode(transactions);
    // Deleted rows are overwritten with zeros, not just unlinked: forget-me and the outbox
    // retention must leave nothing readable in the file (docs/privacy.md).
    config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
    if (wal) {
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    }
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl(url);
    return dataSource;
  }

  /** Runs {@code step}, retrying while another process holds the lock (start-up only). */
  private static <T> T patiently(String what, SqlStep<T> step) {
    long giveUp = System.nanoTime() + Busy.PATIENCE.toNanos();
    for (int attempt = 1; ; attempt++) {
      try {
        return step.run();
      } catch (SQLException | RuntimeException e) {
        if (!Busy.isBusy(e) || System.nanoTime() > giveUp) {
          throw new StorageException("cannot " + what, e);
        }
        LOG.info(
            "the database is locked by another process; waiting to {} (try {})", what, attempt);
        Busy.pause(attempt);
      }
    }
  }

  @FunctionalInterface
  private interface SqlStep<T> {
    T run() throws SQLException;
  }
}
