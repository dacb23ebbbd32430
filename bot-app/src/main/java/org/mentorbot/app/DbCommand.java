package org.mentorbot.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mentorbot.app.run.DatabaseLocation;
import org.mentorbot.config.DatabaseConfig;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.storage.DatabaseCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mentorbot db migrate}: brings a database (file or PostgreSQL) up to the current schema.
 */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    description = "Database maintenance.",
    subcommands = {DbCommand.Migrate.class, DbCommand.Copy.class})
final class DbCommand implements Runnable {

  @Override
  public void run() {
    System.out.println(
        "Usage: mentorbot db migrate [--db FILE|URL]\n"
            + "       mentorbot db copy --from FILE --to URL");
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
        System.err.println("db migrate: --db " + e.getMessage());
        return 2;
      }
      // Opening migrates; nothing else to do.
      try {
        DatabaseLocation.open(target).close();
        System.out.println("Database " + target + " is up to date.");
        return 0;
      } catch (DatabaseFile.Failure e) {
        System.err.println(e.line());
        return e.exitCode();
      }
    }
  }

  /**
   * {@code mentorbot db copy}: moves a SQLite database into a new, empty one (usually PostgreSQL),
   * all or nothing, with row counts verified.
   */
  @Command(
      name = "copy",
      mixinStandardHelpOptions = true,
      description =
          "Copy a SQLite database into a new, empty database (e.g. PostgreSQL): refuses a"
              + " non-empty target, verifies row counts, all or nothing.")
  static final class Copy implements Callable<Integer> {

    @Option(names = "--from", required = true, description = "The SQLite file to copy from.")
    Path from;

    @Option(
        names = "--to",
        required = true,
        description =
            "The database to copy into: a jdbc:postgresql:// URL (user and password from"
                + " MENTORBOT_DB_USER / MENTORBOT_DB_PASSWORD) or a new SQLite file.")
    String to;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    Copy() {
      this(System.out, System.err, System.getenv());
    }

    Copy(PrintStream out, PrintStream err, Map<String, String> env) {
      this.out = out;
      this.err = err;
      this.env = env;
    }

    @Override
    public Integer call() {
      if (!Files.isRegularFile(from)) {
        err.println("db copy: --from " + from + " is not a database file");
        return 2;
      }
      DatabaseConfig target;
      try {
        target = DatabaseLocation.fromOption(to, env);
      } catch (IllegalArgumentException e) {
        err.println("db copy: --to " + e.getMessage());
        return 2;
      }
      if (!target.isPostgres() && target.path().toAbsolutePath().equals(from.toAbsolutePath())) {
        err.println("db copy: --from and --to are the same file");
        return 2;
      }
      long started = System.nanoTime();
      List<DatabaseCopy.Copied> copied;
      try (Database source = DatabaseFile.open(from);
          Database destination = DatabaseLocation.open(target)) {
        copied = DatabaseCopy.copy(source, destination);
      } catch (DatabaseFile.Failure e) {
        err.println("db copy: " + e.line());
        return e.exitCode();
      } catch (DatabaseCopy.CopyFailed e) {
        err.println("db copy: " + e.getMessage());
        return 1;
      }
      long rows = 0;
      for (DatabaseCopy.Copied table : copied) {
        out.printf(
            "  %-24s %,10d %s%n", table.table(), table.rows(), table.rows() == 1 ? "row" : "rows");
        rows += table.rows();
      }
      out.printf(
          "Copied %,d rows in %d tables from %s to %s in %.1f s; row counts verified.%n",
          rows, copied.size(), from, target, (System.nanoTime() - started) / 1e9);
      return 0;
    }
  }
}
