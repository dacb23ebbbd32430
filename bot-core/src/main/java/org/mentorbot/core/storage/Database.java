package org.mentorbot.core.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database, on one of two engines (DESIGN §9), with its schema migrated by Flyway on open.
 *
 * <p><b>SQLite</b> (the embedded default): WAL, foreign keys and a busy timeout on every
 * connection, and one writer at a time. SQLite allows only one writer anyway; queueing writers
 * here, on one long-lived connection, avoids SQLITE_BUSY under load and the cost of opening a
 * connection for every write. Readers use a small pool beside it, which WAL lets run while a write
 * is in progress. Writes begin IMMEDIATE, so another process sharing the file is waited for.
 *
 * <p><b>PostgreSQL</b> (several instances): a HikariCP pool; writes run SERIALIZABLE, so they
 * behave as if one ran after the other exactly as on SQLite, and a write that lost a race
 * (serialization failure, deadlock) is run again. Within one process they queue, as on SQLite:
 * measured with 8 threads, queued sign-ups ran at 108/s without a retry, where racing ones ran at
 * 49/s with 3,680 retries for 2,000 writes. Lease claims of the outbox and job table run in {@link
 * #claim} instead: their statements guard themselves and do not need it.
 */
public final class Database implements AutoCloseable {

  /** The two storage engines. */
  public enum Engine {
    SQLITE,
    POSTGRESQL
  }

  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  /** How often a PostgreSQL write that lost a race is run again before the error is reported. */
  private static final int MAX_RACES = 30;

  private final Engine engine;
  private final Jdbi writer;
  private final Jdbi reader;
  private final ReentrantLock writeLock;
  private final AutoCloseable resources;

  /**
   * In a shared-cache memory database a read beside an uncommitted write fails at once with
   * SQLITE_LOCKED_SHAREDCACHE (no WAL, no busy wait), so there reads wait for writes instead.
   */
  private final boolean readsWaitForWrites;

  Database(
      Engine engine,
      Jdbi writer,
      Jdbi reader,
      boolean readsWaitForWrites,
      AutoCloseable resources) {
    this.engine = engine;
    this.readsWaitForWrites = readsWaitForWrites;
    this.writer = withoutBoundValues(writer).installPlugin(new SqlObjectPlugin());
    this.reader =
        reader == writer
            ? this.writer
            : withoutBoundValues(reader).installPlugin(new SqlObjectPlugin());
    this.writeLock = new ReentrantLock(true);
    this.resources = resources;
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

  /**
   * Opens the database {@code target} names: a {@code jdbc:postgresql:} URL (with {@code user} and
   * {@code password}, which may be null when the URL carries them), or else a SQLite file path (a
   * {@code jdbc:sqlite:} prefix is allowed).
   */
  public static Database open(String target, String user, String password) {
    Objects.requireNonNull(target, "target");
    if (isPostgres(target)) {
      return openPostgres(target, user, password);
    }
    return openFile(target.startsWith("jdbc:sqlite:") ? target.substring(12) : target);
  }

  /** Whether {@code target} names a PostgreSQL database rather than a SQLite file. */
  public static boolean isPostgres(String target) {
    return target.startsWith("jdbc:postgresql:");
  }

  /**
   * Opens (creating if needed) and migrates the SQLite file at {@code path}. Several processes may
   * share the file: one opens and migrates while the others wait (see {@link MigrationLock}), and
   * writes wait for each other's locks.
   */
  public static Database openFile(String path) {
    return SqliteOpening.file(path);
  }

  /**
   * A private in-memory SQLite database that lives until {@link #close()}; for tests and throwaway
   * console sessions. (A shared-cache memory database lives as long as one connection: the
   * writer's.)
   */
  public static Database inMemory() {
    return SqliteOpening.inMemory();
  }

  /**
   * Opens and migrates a PostgreSQL database through a connection pool. Several instances may open
   * it at once: Flyway takes PostgreSQL's advisory lock while it migrates.
   */
  public static Database openPostgres(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    if (user != null) {
      config.setUsername(user);
    }
    if (password != null) {
      config.setPassword(password);
    }
    config.setPoolName("mentorbot");
    config.setMaximumPoolSize(10);
    config.setMinimumIdle(1);
    config.setInitializationFailTimeout(-1);
    config.setConnectionTimeout(30_000);
    HikariDataSource pool = new HikariDataSource(config);
    try {
      Migrations.refuseNewerSchema(pool, Engine.POSTGRESQL);
      Migrations.migrate(pool, Engine.POSTGRESQL);
      Jdbi jdbi = Jdbi.create(pool);
      jdbi.registerArgument(new IntegerFlags());
      return new Database(Engine.POSTGRESQL, jdbi, jdbi, false, pool);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /** Which engine this is; SQL differs only where it must (e.g. {@code SKIP LOCKED}). */
  public Engine engine() {
    return engine;
  }

  /**
   * Runs {@code work} in a write transaction that behaves as if no other write ran at the same
   * time: on SQLite writers queue for the one writer connection; on PostgreSQL the transaction is
   * SERIALIZABLE and is run again if it lost a race, so {@code work} may run more than once and
   * must only change the database through its handle. Work must use the handle it is given: a
   * nested {@code write} from another thread waits for this one (on SQLite).
   */
  public <R, X extends Exception> R write(HandleCallback<R, X> work) throws X {
    return engine == Engine.SQLITE ? sqliteWrite(work) : queuedPostgresWrite(work);
  }

  /**
   * A write whose statements guard themselves, for lease claims on the outbox and job table and the
   * outcomes recorded under a lease: each UPDATE checks state and claim in its WHERE. On PostgreSQL
   * it runs READ COMMITTED (the candidate query locks with {@code SKIP LOCKED}), so instances
   * claiming at once do not abort each other; on SQLite it is a normal write.
   */
  public <R, X extends Exception> R claim(HandleCallback<R, X> work) throws X {
    return engine == Engine.SQLITE
        ? sqliteWrite(work)
        : postgresWrite(TransactionIsolationLevel.READ_COMMITTED, work);
  }

  /** Runs {@code work} in a write transaction without a result. */
  public void writeVoid(Consumer<Handle> work) {
    write(
        handle -> {
          work.accept(handle);
          return null;
        });
  }

  private <R, X extends Exception> R sqliteWrite(HandleCallback<R, X> work) throws X {
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

  /**
   * A serializable write that first waits for this process's other serializable writes: they would
   * mostly abort each other (PostgreSQL's predicate locks on small tables are coarse), so they
   * queue here as on SQLite, and only other instances' writes are raced and re-run.
   */
  private <R, X extends Exception> R queuedPostgresWrite(HandleCallback<R, X> work) throws X {
    writeLock.lock();
    try {
      return postgresWrite(TransactionIsolationLevel.SERIALIZABLE, work);
    } finally {
      writeLock.unlock();
    }
  }

  private <R, X extends Exception> R postgresWrite(
      TransactionIsolationLevel isolation, HandleCallback<R, X> work) throws X {
    for (int attempt = 1; ; attempt++) {
      try {
        return writer.inTransaction(isolation, work);
      } catch (RuntimeException e) {
        if (!Races.lost(e) || attempt >= MAX_RACES) {
          throw e;
        }
        LOG.debug("write lost a race with another transaction (try {}); running it again", attempt);
        Races.pause(attempt);
      }
    }
  }

  /**
   * Runs read-only {@code work} in one transaction, so all its queries see the same snapshot: a
   * profile read in three queries never mixes states from before and after a concurrent write. On
   * SQLite it runs on a reader connection beside any writer (WAL).
   */
  public <R, X extends Exception> R read(HandleCallback<R, X> work) throws X {
    if (engine == Engine.POSTGRESQL) {
      return reader.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, work);
    }
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
   * Copies everything in SQLite's write-ahead log into the database file and empties the log, so a
   * deleted row's old page images are gone from the WAL too (after forget-me). Returns false when a
   * reader still held an old snapshot and the log could not be emptied; the next call finishes it.
   * PostgreSQL has no such file copy to scrub here: see docs/privacy.md for its vacuum.
   */
  public boolean checkpoint() {
    if (engine != Engine.SQLITE) {
      return true;
    }
    writeLock.lock();
    try {
      return writer.withHandle(
          h -> {
            try (Statement statement = h.getConnection().createStatement();
                ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
              // One row: busy (0/1), log frames, frames checkpointed; a memory database has no log.
              return !result.next() || result.getInt(1) == 0;
            }
          });
    } catch (SQLException e) {
      throw new StorageException("cannot checkpoint the database", e);
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public void close() {
    writeLock.lock();
    try {
      resources.close();
    } catch (Exception e) {
      throw new StorageException("cannot close the database", e);
    } finally {
      writeLock.unlock();
    }
  }

  /** Recognises PostgreSQL's "run me again" failures: serialization failure, deadlock. */
  private static final class Races {
    private Races() {}

    static boolean lost(Throwable failure) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof SQLException sql) {
          String state = sql.getSQLState();
          if ("40001".equals(state) || "40P01".equals(state)) {
            return true;
          }
        }
      }
      return false;
    }

    static void pause(int attempt) {
      try {
        Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * Math.min(attempt, 20) + 2));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StorageException("interrupted while retrying a write", e);
      }
    }
  }
}
