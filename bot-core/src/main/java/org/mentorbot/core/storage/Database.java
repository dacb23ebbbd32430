package org.mentorbot.core.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite database: WAL, foreign keys and a busy timeout on every connection, schema migrated by
 * Flyway on open, and one writer at a time (SQLite allows only one; queueing writers here avoids
 * SQLITE_BUSY under load instead of failing a member's command).
 */
public final class Database implements AutoCloseable {

  private final Jdbi jdbi;
  private final ReentrantLock writeLock = new ReentrantLock(true);
  private final Connection keepAlive;

  private Database(SQLiteDataSource dataSource, Connection keepAlive) {
    this.keepAlive = keepAlive;
    this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    if (keepAlive != null) {
      // SQLite opens the file (and the WAL) only at a connection's first statement: read once so
      // the held connection really keeps the WAL open.
      try (java.sql.Statement statement = keepAlive.createStatement()) {
        statement.execute("SELECT COUNT(*) FROM sqlite_master");
      } catch (SQLException e) {
        throw new StorageException("cannot read the database schema", e);
      }
    }
  }

  /** Opens (creating if needed) and migrates the database file at {@code path}. */
  public static Database openFile(String path) {
    SQLiteDataSource dataSource = dataSource("jdbc:sqlite:" + path, true);
    try {
      // Without one connection held open, every transaction's connection is the last to close,
      // and SQLite then checkpoints and deletes the WAL with fsyncs: 4 fsyncs per write.
      return new Database(dataSource, dataSource.getConnection());
    } catch (SQLException e) {
      throw new StorageException("cannot open database file " + path, e);
    }
  }

  /**
   * A private in-memory database that lives until {@link #close()}; for tests and throwaway console
   * sessions.
   */
  public static Database inMemory() {
    String url = "jdbc:sqlite:file:mentorbot-" + UUID.randomUUID() + "?mode=memory&cache=shared";
    SQLiteDataSource dataSource = dataSource(url, false);
    try {
      // A shared-cache memory database disappears with its last connection: hold one open.
      return new Database(dataSource, dataSource.getConnection());
    } catch (SQLException e) {
      throw new StorageException("cannot open in-memory database", e);
    }
  }

  private static SQLiteDataSource dataSource(String url, boolean wal) {
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    config.setBusyTimeout(10_000);
    if (wal) {
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    }
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl(url);
    return dataSource;
  }

  /** Runs {@code work} in a write transaction; writers are serialised. */
  public <R, X extends Exception> R write(HandleCallback<R, X> work) throws X {
    writeLock.lock();
    try {
      return jdbi.inTransaction(work);
    } finally {
      writeLock.unlock();
    }
  }

  /** Runs {@code work} in a write transaction without a result. */
  public void writeVoid(java.util.function.Consumer<Handle> work) {
    write(
        handle -> {
          work.accept(handle);
          return null;
        });
  }

  /** Runs read-only {@code work} on its own connection (WAL lets it run beside a writer). */
  public <R, X extends Exception> R read(HandleCallback<R, X> work) throws X {
    return jdbi.withHandle(work);
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  @Override
  public void close() {
    if (keepAlive != null) {
      try {
        keepAlive.close();
      } catch (SQLException e) {
        throw new StorageException("cannot close database", e);
      }
    }
  }
}
