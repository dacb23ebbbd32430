package org.mentorbot.app;

import java.util.concurrent.Callable;
import org.mentorbot.app.run.DatabaseLocation;
import org.mentorbot.config.DatabaseConfig;
import org.mentorbot.core.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mentorbot db migrate}: brings a database (file or PostgreSQL) up to the current schema.
 */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    description = "Database maintenance.",
    subcommands = DbCommand.Migrate.class)
final class DbCommand implements Runnable {

  @Override
  public void run() {
    System.out.println("Usage: mentorbot db migrate [--db FILE|URL]");
  }

  @Command(name = "migrate", mixinStandardHelpOptions = true, description = "Apply migrations.")
  static final class Migrate implements Callable<Integer> {

    @Option(
        names = "--db",
        description =
            "SQLite file or jdbc:postgresql:// URL (default: data/mentorbot.db); the PostgreSQL"
                + " user and password come from MENTORBOT_DB_USER / MENTORBOT_DB_PASSWORD.")
    String db = DatabaseConfig.DEFAULT_PATH.toString();

    @Override
    public Integer call() {
      DatabaseConfig target;
      try {
        target = DatabaseLocation.fromOption(db, System.getenv());
      } catch (IllegalArgumentException e) {
        System.err.println(e.getMessage());
        return 2;
      }
      // Opening migrates; nothing else to do.
      try (Database opened = DatabaseLocation.open(target)) {
        System.out.println("Database " + target + " is up to date.");
      }
      return 0;
    }
  }
}
