package org.mentorbot.core.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.mentorbot.core.storage.Database;

/**
 * The database a test runs on: a private in-memory SQLite database, or, when the build runs the
 * suite again with {@code -Dmentorbot.test.database=postgresql}, a fresh PostgreSQL database on a
 * server the build starts itself (embedded, from Maven artifacts). Tests that use {@link #fresh()}
 * so run unchanged on both engines (DESIGN §9).
 */
public final class TestDatabase {

  private static final String PROPERTY = "mentorbot.test.database";
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private TestDatabase() {}

  /** The engine of this test run. */
  public static Database.Engine engine() {
    String value = System.getProperty(PROPERTY, "sqlite").toLowerCase(Locale.ROOT);
    return value.startsWith("postgres") ? Database.Engine.POSTGRESQL : Database.Engine.SQLITE;
  }

  /** A new, empty, migrated database of this run's engine; close it after the test. */
  public static Database fresh() {
    return engine() == Database.Engine.POSTGRESQL
        ? Database.open(newPostgres(), "postgres", null)
        : Database.inMemory();
  }

  /**
   * A JDBC URL of a new, empty PostgreSQL database on the embedded server (started on first use):
   * for tests that need PostgreSQL whatever the run's engine, and for child processes.
   */
  public static synchronized String newPostgres() {
    EmbeddedPostgres pg = server();
    String name = "t" + DATABASES.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      // A copy of a migrated template is much faster than migrating every test's database.
      s.execute("CREATE DATABASE " + name + " TEMPLATE mentorbot_template");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return pg.getJdbcUrl("postgres", name);
  }

  /** A JDBC URL of a new, empty database that is not migrated yet (for db copy and start-up). */
  public static synchronized String newEmptyPostgres() {
    EmbeddedPostgres pg = server();
    String name = "e" + DATABASES.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return pg.getJdbcUrl("postgres", name);
  }

  private static EmbeddedPostgres server() {
    if (server == null) {
      try {
        // A test server need not survive a power cut: without waiting for the disk on every
        // commit the PostgreSQL pass runs much faster (no test kills the server itself).
        EmbeddedPostgres pg =
            EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
        try (Connection c = pg.getPostgresDatabase().getConnection();
            Statement s = c.createStatement()) {
          s.execute("CREATE DATABASE mentorbot_template");
        }
        Database.open(pg.getJdbcUrl("postgres", "mentorbot_template"), "postgres", null).close();
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        pg.close();
                      } catch (IOException ignored) {
                        // the JVM is going away; the temp directory is the OS's to clean
                      }
                    }));
        server = pg;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot prepare the embedded PostgreSQL", e);
      }
    }
    return server;
  }
}
