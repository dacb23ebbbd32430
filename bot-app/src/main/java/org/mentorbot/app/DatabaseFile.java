package org.mentorbot.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.flywaydb.core.api.FlywayException;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.storage.NewerSchemaException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Opens the database file for {@code console}, {@code db migrate} and {@code run}, turning every
 * way that can fail into one line that names the file and the fix, with its own exit code (no stack
 * trace): the folder cannot be made or written, the path is a folder, the file is not a mentorbot
 * database or is damaged, it comes from a newer mentorbot, or its migrations differ from this
 * build's.
 */
public final class DatabaseFile {

  /** Exit codes, one per kind of failure (2 is a usage or settings mistake). */
  public static final int CANNOT_WRITE = 3;

  public static final int NOT_A_DATABASE = 4;
  public static final int NEWER_VERSION = 5;
  public static final int MIGRATION_MISMATCH = 6;

  /** Why the file could not be opened: one line for the terminal, and the exit code. */
  public static final class Failure extends Exception {
    private final int exitCode;

    Failure(int exitCode, String line) {
      super(line, null, false, false);
      this.exitCode = exitCode;
    }

    public int exitCode() {
      return exitCode;
    }

    public String line() {
      return getMessage();
    }
  }

  private DatabaseFile() {}

  /** Opens and migrates {@code path}, creating its folder when missing. */
  public static Database open(Path path) throws Failure {
    Path file = path.toAbsolutePath().normalize();
    if (Files.isDirectory(file)) {
      throw new Failure(
          CANNOT_WRITE,
          path
              + " is a folder, not a database file. Give a file path, e.g. --db data/mentorbot.db.");
    }
    Path folder = file.getParent();
    try {
      Files.createDirectories(folder);
    } catch (IOException | SecurityException e) {
      throw new Failure(
          CANNOT_WRITE,
          "Cannot create the folder "
              + folder
              + " for "
              + path
              + ". Create it yourself or choose another --db.");
    }
    if (!Files.isWritable(folder) || (Files.exists(file) && !Files.isWritable(file))) {
      throw new Failure(
          CANNOT_WRITE,
          "Cannot write "
              + path
              + ": it or its folder is read-only (SQLite also writes -wal and -shm files beside"
              + " it). Make them writable or choose another --db.");
    }
    try {
      return Database.openFile(path.toString());
    } catch (RuntimeException e) {
      throw describe(path.toString(), e);
    }
  }

  /** Why {@code path} (a file or a URL without password) failed to open, in one line. */
  public static Failure describe(String path, Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof NewerSchemaException newer) {
        return new Failure(
            NEWER_VERSION,
            path
                + " was written by a newer mentorbot (schema "
                + newer.fileVersion()
                + "; this one knows up to "
                + newer.knownVersion()
                + "). It was not changed. Run the newer mentorbot, or choose another --db.");
      }
      if (t instanceof SQLiteException sqlite) {
        SQLiteErrorCode code = sqlite.getResultCode();
        if (code == SQLiteErrorCode.SQLITE_NOTADB || code == SQLiteErrorCode.SQLITE_CORRUPT) {
          return notADatabase(path);
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY
            || code == SQLiteErrorCode.SQLITE_CANTOPEN
            || code == SQLiteErrorCode.SQLITE_PERM) {
          return new Failure(
              CANNOT_WRITE,
              "Cannot open "
                  + path
                  + " for writing. Check its permissions, or choose another --db.");
        }
      }
      if (t instanceof FlywayException flyway) {
        String message = String.valueOf(flyway.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("checksum") || message.contains("validate")) {
          return new Failure(
              MIGRATION_MISMATCH,
              path
                  + " was migrated by a different mentorbot build (its migration history does not"
                  + " match this one's). It was not changed. Use the build that created it, or"
                  + " restore a backup.");
        }
        if (message.contains("not a database") || message.contains("malformed")) {
          return notADatabase(path);
        }
      }
    }
    return new Failure(
        NOT_A_DATABASE,
        "Cannot open "
            + path
            + " as a mentorbot database ("
            + rootMessage(error)
            + "). Choose another --db, or restore a backup.");
  }

  private static Failure notADatabase(String path) {
    return new Failure(
        NOT_A_DATABASE,
        path
            + " is not a mentorbot database (not SQLite, or damaged). Choose another --db, or"
            + " restore it from a backup.");
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.lines().findFirst().orElse("").strip();
  }
}
