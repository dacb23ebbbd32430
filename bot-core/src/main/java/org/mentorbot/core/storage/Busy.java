package org.mentorbot.core.storage;

import java.time.Duration;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Recognises "another connection holds the lock" among SQLite failures, to wait and retry. */
final class Busy {

  /** How long one write keeps retrying after busy timeouts before it gives up. */
  static final Duration PATIENCE = Duration.ofMinutes(2);

  private Busy() {}

  static boolean isBusy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLiteException sqlite) {
        SQLiteErrorCode code = sqlite.getResultCode();
        int primary = code == null ? -1 : code.code & 0xff;
        return primary == SQLiteErrorCode.SQLITE_BUSY.code
            || primary == SQLiteErrorCode.SQLITE_LOCKED.code;
      }
      if (t.getCause() == t) {
        return false;
      }
    }
    return false;
  }

  /** A short, growing pause between tries (the busy timeout already waited before each). */
  static void pause(int attempt) {
    try {
      Thread.sleep(Math.min(1_000, 50L << Math.min(attempt, 5)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("interrupted while waiting for the database lock", e);
    }
  }
}
