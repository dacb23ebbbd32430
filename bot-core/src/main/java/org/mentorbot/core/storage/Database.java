package org.mentorbot.core.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.spi.JdbiPlugin;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite database: WAL, foreign keys and a busy timeout on every connection, schema migrated by
 * Flyway on open, and one writer at a time. SQLite allows only one writer anyway; queueing writers
 * here, on one long-lived connection, avoids SQLITE_BUSY under load and the cost of opening a
 * connection (and re-running its pragmas) for every write. Readers use a small pool beside it,
 * which WAL lets run while a write is in progress.
 */
public final class Database implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Database.class);
  private static final int IDLE_READERS = 4;

  /** How long one SQLite statement waits for another connection's lock before it is retried. */
  private static final int BUSY_TIMEOUT_MS = 10_000;

  /**
   * What migrations from V7 on write where SQL differs between engines: {@code ${id_pk}} is an
   * auto-assigned 64-bit primary key (SQLite's rowid alias here; an identity column on PostgreSQL).
   * Times are epoch milliseconds in BIGINT columns on both.
   */
  private static final java.util.Map<String, String> SQLITE_PLACEHOLDERS =
      java.util.Map.of("id_pk", "INTEGER PRIMARY KEY");

  private final Connection writerConnection;
  private final ReaderPool readers;
  private final Jdbi writer;
  private final Jdbi reader;
  private final ReentrantLock writeLock = new ReentrantLock(true);

  /**
   * In a shared-cache memory database a read beside an uncommitted write fails at once with
   * SQLITE_LOCKED_SHAREDCACHE (no WAL, no busy wait), so there reads wait for writes instead.
   */
  private final boolean readsWaitForWrites;

  /**
   * @param readSource connections for reads (deferred transactions)
   * @param writeSource the writer's connection: transactions begin IMMEDIATE, taking the write lock
   *     up front so another process's writer is waited for at the start, never half-way
   */
  private Database(SQLiteDataSource readSource, SQLiteDataSource writeSource) {
    this.readsWaitForWrites = readSource.getUrl().contains("mode=memory");
    // Opened first: a shared-cache memory database lives only while a connection holds it.
    this.writerConnection = patiently("open the database", () -> openWriter(writeSource));
    try {
      patiently(
          "migrate the database",
          () ->
              Flyway.configure()
                  .dataSource(readSource)
                  .locations("classpath:db/migration")
                  .placeholders(SQLITE_PLACEHOLDERS)
                  .load()
                  .migrate());
    } catch (RuntimeException e) {
      try {
        writerConnection.close();
      } catch (SQLException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
    this.readers = new ReaderPool(readSource, IDLE_READERS);
    JdbiPlugin sqlObjects = new SqlObjectPlugin();
    this.writer =
        withoutBoundValues(
            Jdbi.create(new SharedConnection(ImmediateWrites.wrap(writerConnection))));
    this.writer.installPlugin(sqlObjects);
    this.reader = withoutBoundValues(Jdbi.create(readers)).installPlugin(new SqlObjectPlugin());
  }

  /**
   * Jdbi's exception messages list the bound values by default, which would put member text (a
   * note, a bio) into logs whenever a statement fails. Keep the SQL, drop the values.
   */
  private static Jdbi withoutBoundValues(Jdbi jdbi) {
    jdbi.getConfig(StatementExceptions.class)
        .setMessageRendering(
            e -> {
              String sql =
                  e.getStatementContext() == null ? null : e.getStatementContext().getRawSql();
              return e.getShortMessage()
                  + (sql == null
                      ? ""
                      : " [statement: \"" + sql.substring(0, Math.min(sql.length(), 300)) + "\"]");
            });
    return jdbi;
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

  /**
   * Opens (creating if needed) and migrates the database file at {@code path}. Several processes
   * may share the file: one opens and migrates while the others wait (see {@link MigrationLock}),
   * and writes wait for each other's locks.
   */
  public static Database openFile(String path) {
    String url = "jdbc:sqlite:" + path;
    try (MigrationLock opening = MigrationLock.acquire(Path.of(path))) {
      refuseNewerSchema(path);
      return new Database(
          dataSource(url, true, SQLiteConfig.TransactionMode.DEFERRED),
          dataSource(url, true, SQLiteConfig.TransactionMode.IMMEDIATE));
    }
  }

  /**
   * Throws {@link NewerSchemaException} when the file holds migrations this build does not have.
   * Looks through a read-only connection, so a refused file is never written (not even switched to
   * WAL). Flyway alone would ignore such "future" migrations and carry on writing.
   */
  private static void refuseNewerSchema(String path) {
    java.io.File file = new java.io.File(path);
    if (!file.isFile() || file.length() == 0) {
      return;
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    SQLiteDataSource readOnly = new SQLiteDataSource(config);
    readOnly.setUrl("jdbc:sqlite:" + path);
    org.flywaydb.core.api.MigrationInfoService info =
        Flyway.configure()
            .dataSource(readOnly)
            .locations("classpath:db/migration")
            .placeholders(SQLITE_PLACEHOLDERS)
            .load()
            .info();
    org.flywaydb.core.api.MigrationVersion known =
        java.util.Arrays.stream(info.all())
            .filter(m -> m.getState() != org.flywaydb.core.api.MigrationState.FUTURE_SUCCESS)
            .filter(m -> m.getState() != org.flywaydb.core.api.MigrationState.FUTURE_FAILED)
            .map(org.flywaydb.core.api.MigrationInfo::getVersion)
            .filter(java.util.Objects::nonNull)
            .max(Comparable::compareTo)
            .orElse(org.flywaydb.core.api.MigrationVersion.EMPTY);
    java.util.Arrays.stream(info.all())
        .filter(
            m ->
                m.getState() == org.flywaydb.core.api.MigrationState.FUTURE_SUCCESS
                    || m.getState() == org.flywaydb.core.api.MigrationState.FUTURE_FAILED)
        .map(org.flywaydb.core.api.MigrationInfo::getVersion)
        .max(Comparable::compareTo)
        .ifPresent(
            newer -> {
              throw new NewerSchemaException(newer.getVersion(), known.getVersion());
            });
  }

  /**
   * A private in-memory database that lives until {@link #close()}; for tests and throwaway console
   * sessions. (A shared-cache memory database lives as long as one connection: the writer's.)
   */
  public static Database inMemory() {
    String url = "jdbc:sqlite:file:mentorbot-" + UUID.randomUUID() + "?mode=memory&cache=shared";
    return new Database(
        dataSource(url, false, SQLiteConfig.TransactionMode.DEFERRED),
        dataSource(url, false, SQLiteConfig.TransactionMode.IMMEDIATE));
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

  /**
   * Runs {@code work} in a write transaction; writers are serialised. Work must use the handle it
   * is given: a nested {@code write} from another thread waits for this one.
   */
  public <R, X extends Exception> R write(HandleCallback<R, X> work) throws X {
    writeLock.lock();
    try {
      long giveUp = System.nanoTime() + Busy.PATIENCE.toNanos();
      for (int attempt = 1; ; attempt++) {
        boolean[] began = {false};
        try {
          return writer.inTransaction(
              h -> {
                began[0] = true;
                return work.withHandle(h);
              });
        } catch (RuntimeException e) {
          // Only a BEGIN that found another process's lock is retried: nothing of the work ran.
          if (began[0] || !Busy.isBusy(e) || System.nanoTime() > giveUp) {
            throw e;
          }
          LOG.info("the database is locked by another process; waiting (try {})", attempt);
          Busy.pause(attempt);
        }
      }
    } finally {
      writeLock.unlock();
    }
  }

  /** Runs {@code work} in a write transaction without a result. */
  public void writeVoid(Consumer<Handle> work) {
    write(
        handle -> {
          work.accept(handle);
          return null;
        });
  }

  /**
   * Runs read-only {@code work} on a reader connection, beside any writer (WAL). It runs in one
   * transaction, so all its queries see the same snapshot: a profile read in three queries never
   * mixes states from before and after a concurrent write.
   */
  public <R, X extends Exception> R read(HandleCallback<R, X> work) throws X {
    if (!readsWaitForWrites) {
      return reader.inTransaction(work);
    }
    writeLock.lock();
    try {
      return reader.inTransaction(work);
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * Copies everything in the write-ahead log into the database file and empties the log, so a
   * deleted row's old page images are gone from the WAL too (after forget-me). Returns false when a
   * reader still held an old snapshot and the log could not be emptied; the next call finishes it.
   */
  public boolean checkpoint() {
    writeLock.lock();
    try (Statement statement = writerConnection.createStatement();
        java.sql.ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
      // One row: busy (0/1), log frames, frames checkpointed; an in-memory database has no log.
      return !result.next() || result.getInt(1) == 0;
    } catch (SQLException e) {
      throw new StorageException("cannot checkpoint the database", e);
    } finally {
      writeLock.unlock();
    }
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

  @Override
  public void close() {
    writeLock.lock();
    try {
      readers.close();
      writerConnection.close();
    } catch (SQLException e) {
      throw new StorageException("cannot close the database", e);
    } finally {
      writeLock.unlock();
    }
  }
}
