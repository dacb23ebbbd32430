package org.mentorbot.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mentorbot.core.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mentorbot db migrate}: brings a database file up to the current schema. */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    description = "Database maintenance.",
    subcommands = DbCommand.Migrate.class)
final class DbCommand implements Runnable {

  @Override
  public void run() {
    System.out.println("Usage: mentorbot db migrate [--db FILE]");
  }

  @Command(name = "migrate", mixinStandardHelpOptions = true, description = "Apply migrations.")
  static final class Migrate implements Callable<Integer> {

    @Option(names = "--db", description = "SQLite file (default: data/mentorbot.db).")
    Path db = Path.of("data", "mentorbot.db");

    @Override
    public Integer call() {
      // Opening migrates; nothing else to do.
      try (Database opened = DatabaseFile.open(db)) {
        System.out.println("Database " + db + " is up to date.");
        return 0;
      } catch (DatabaseFile.Failure e) {
        System.err.println(e.line());
        return e.exitCode();
      }
    }
  }
}
