package org.mentorbot.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the SQLite database lives.
 *
 * @param path the database file, relative to the working directory unless absolute
 */
public record DatabaseConfig(Path path) {
  public static final Path DEFAULT_PATH = Path.of("data", "mentorbot.db");

  public DatabaseConfig {
    Objects.requireNonNull(path, "path");
    Problems problems = new Problems();
    if (path.toString().isBlank()) {
      problems.add("database.path", "must name a file, was empty");
    }
    problems.throwIfAny();
  }

  public static DatabaseConfig defaults() {
    return new DatabaseConfig(DEFAULT_PATH);
  }
}
