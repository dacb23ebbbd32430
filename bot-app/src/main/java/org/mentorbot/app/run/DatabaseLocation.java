package org.mentorbot.app.run;

import java.util.Map;
import java.util.Optional;
import org.mentorbot.app.DatabaseFile;
import org.mentorbot.config.DatabaseConfig;
import org.mentorbot.config.EnvVars;
import org.mentorbot.config.Secret;
import org.mentorbot.core.storage.Database;

/**
 * Opens the database a {@code --db} option or {@code database.*} settings name: a SQLite file (its
 * folder created if needed) or a {@code jdbc:postgresql:} URL, whose user and password come from
 * {@code MENTORBOT_DB_USER} / {@code MENTORBOT_DB_PASSWORD}.
 */
public final class DatabaseLocation {

  private DatabaseLocation() {}

  /**
   * What a command's {@code --db} names, with credentials from {@code env}.
   *
   * @throws IllegalArgumentException saying what is wrong with it (e.g. a password in the URL), in
   *     words that follow the option's name
   */
  public static DatabaseConfig fromOption(String db, Map<String, String> env) {
    String problem = DatabaseConfig.problem(db);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return new DatabaseConfig(
        db,
        Optional.ofNullable(env.get(EnvVars.MENTORBOT_DB_USER)).filter(v -> !v.isBlank()),
        Optional.ofNullable(env.get(EnvVars.MENTORBOT_DB_PASSWORD))
            .filter(v -> !v.isBlank())
            .map(Secret::new),
        DatabaseConfig.DEFAULT_RETENTION_DAYS);
  }

  /**
   * Opens (and migrates) it.
   *
   * @throws DatabaseFile.Failure saying in one line why it cannot be used, with its exit code
   */
  public static Database open(DatabaseConfig config) throws DatabaseFile.Failure {
    if (!config.isPostgres()) {
      return DatabaseFile.open(config.path());
    }
    try {
      return Database.open(
          config.location(),
          config.user().orElse(null),
          config.password().map(Secret::value).orElse(null));
    } catch (RuntimeException e) {
      // The location never holds the password (DatabaseConfig refuses one in the URL).
      throw DatabaseFile.describe(config.location(), e);
    }
  }
}
