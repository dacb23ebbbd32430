package org.mentorbot.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the SQLite database lives.
 *
 * @param path the database file, relative to the working directory unless absolute
 * @param retentionDays how long a delivered message's destination and text are kept before only its
 *     idempotency key remains (docs/privacy.md); 0 purges them at the next pass
 */
public record DatabaseConfig(Path path, int retentionDays) {
  public static final Path DEFAULT_PATH = Path.of("data", "mentorbot.db");
  public static final int DEFAULT_RETENTION_DAYS = 7;

  public DatabaseConfig {
    Objects.requireNonNull(path, "path");
    Problems problems = new Problems();
    if (path.toString().isBlank()) {
      problems.add("database.path", "must name a file, was empty");
    }
    problems.range("database.retentionDays", retentionDays, 0, 365);
    problems.throwIfAny();
  }

  public DatabaseConfig(Path path) {
    this(path, DEFAULT_RETENTION_DAYS);
  }

  public static DatabaseConfig defaults() {
    return new DatabaseConfig(DEFAULT_PATH);
  }
}
