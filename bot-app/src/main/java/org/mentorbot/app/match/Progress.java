package org.mentorbot.app.match;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Progress lines on standard error for big inputs ("match: 3.1 s scoring pairs ..."), so a person
 * running a large round knows it is working. Quiet for small inputs, so their output stays the
 * summary alone. Shown from the start when the input files are large, or once the roster turns out
 * large.
 */
final class Progress {
  private static final long LARGE_FILES = 1 << 20;

  private final PrintWriter err;
  private final long start = System.nanoTime();
  private boolean shown;

  private Progress(PrintWriter err, boolean shown) {
    this.err = err;
    this.shown = shown;
  }

  static Progress forFiles(PrintWriter err, Path... files) {
    long bytes = 0;
    for (Path f : files) {
      try {
        bytes += Files.size(f);
      } catch (IOException e) {
        // a missing file is reported by the reader
      }
    }
    return new Progress(err, bytes >= LARGE_FILES);
  }

  /** From now on, stages are printed. */
  void show() {
    shown = true;
  }

  void stage(String what) {
    if (shown) {
      double seconds = (System.nanoTime() - start) / 1e9;
      err.printf(Locale.ROOT, "match: %.1f s %s%n", seconds, what);
      err.flush();
    }
  }
}
