package org.mentorbot.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the database lives (DESIGN §9): a SQLite file, the default, or a JDBC URL such as {@code
 * jdbc:postgresql://host:5432/mentorbot} for several instances on PostgreSQL.
 *
 * @param location a file path (relative to the working directory unless absolute), or a {@code
 *     jdbc:postgresql:} or {@code jdbc:sqlite:} URL
 * @param user the database user, from {@code MENTORBOT_DB_USER} only
 * @param password the database password, from {@code MENTORBOT_DB_PASSWORD} only: never in the file
 *     or the URL
 * @param retentionDays how long a delivered message's destination and text are kept before only its
 *     idempotency key remains (docs/privacy.md); 0 purges them at the next pass
 */
public record DatabaseConfig(
    String location, Optional<String> user, Optional<Secret> password, int retentionDays) {
  public static final Path DEFAULT_PATH = Path.of("data", "mentorbot.db");
  public static final int DEFAULT_RETENTION_DAYS = 7;

  private static final String POSTGRES = "jdbc:postgresql:";
  private static final String SQLITE = "jdbc:sqlite:";

  public DatabaseConfig {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Problems problems = new Problems();
    String problem = problem(location);
    if (problem != null) {
      problems.add("database", problem);
    }
    problems.range("database.retentionDays", retentionDays, 0, 365);
    problems.throwIfAny();
  }

  /** A SQLite file without credentials, keeping delivered messages the default time. */
  public DatabaseConfig(Path path) {
    this(path.toString(), Optional.empty(), Optional.empty(), DEFAULT_RETENTION_DAYS);
  }

  public static DatabaseConfig defaults() {
    return new DatabaseConfig(DEFAULT_PATH);
  }

  /**
   * What is wrong with {@code location} as a database file or URL, or null if nothing: a {@code
   * jdbc:} URL must name PostgreSQL or SQLite and must not carry a password.
   */
  public static String problem(String location) {
    if (location.isBlank()) {
      return "must name a file or a jdbc:postgresql:// URL, was empty";
    }
    String lower = location.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:") && !lower.startsWith(POSTGRES) && !lower.startsWith(SQLITE)) {
      return "must be a jdbc:postgresql://host:5432/name URL or a SQLite file, was a "
          + location.substring(0, location.indexOf(':', 5) < 0 ? 5 : location.indexOf(':', 5))
          + " URL";
    }
    if (lower.startsWith(POSTGRES) && lower.contains("password=")) {
      return "must not carry the password; remove it from the URL and set the environment variable "
          + EnvVars.MENTORBOT_DB_PASSWORD;
    }
    if (!lower.startsWith("jdbc:")) {
      try {
        if (Path.of(location).toString().isEmpty()) {
          return "must name a file, was empty";
        }
      } catch (InvalidPathException bad) {
        return "is not a valid file path: " + bad.getReason();
      }
    }
    return null;
  }

  /** Whether this names a PostgreSQL server rather than a SQLite file. */
  public boolean isPostgres() {
    return location.toLowerCase(Locale.ROOT).startsWith(POSTGRES);
  }

  /** The SQLite file; only for a file location. */
  public Path path() {
    if (isPostgres()) {
      throw new IllegalStateException("the database is a PostgreSQL URL, not a file");
    }
    return Path.of(location.startsWith(SQLITE) ? location.substring(SQLITE.length()) : location);
  }

  /** Where, for messages: the file, or the URL (which never holds the password). */
  @Override
  public String toString() {
    return location;
  }
}
