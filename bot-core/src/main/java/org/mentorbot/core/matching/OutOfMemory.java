package org.mentorbot.core.matching;

import java.util.Locale;

/**
 * The one line the match and bench commands print instead of a stack trace when matching runs out
 * of heap: what was being solved, how much heap it had, about how much it needs and how to give it
 * that.
 */
public final class OutOfMemory {
  /**
   * Heap for one run, measured with {@code bench matching} and the offline command: the members
   * themselves (records, sets, CSV rows) dominate; the pairs are never all stored.
   */
  private static final long BASE_MB = 128;

  private static final long KB_PER_MEMBER = 8;

  private OutOfMemory() {}

  /** About how much heap a round of this size needs, in MB. */
  public static long neededMb(long mentees, long mentors) {
    return BASE_MB + (mentees + mentors) * KB_PER_MEMBER / 1024;
  }

  /** E.g. "out of memory matching 50000 mentees with 10000 mentors: ...". */
  public static String message(String command, long mentees, long mentors) {
    long have = Runtime.getRuntime().maxMemory() >> 20;
    if (mentees == 0 && mentors == 0) {
      return String.format(
          Locale.ROOT,
          "%s: out of memory reading the input files (heap limit %d MB). Give Java more heap,"
              + " e.g. java -Xmx%dg -jar mentorbot.jar %s ...",
          command,
          have,
          Math.max(1, (have * 2 + 1023) / 1024),
          command);
    }
    long need = Math.max(neededMb(mentees, mentors), have * 2);
    long gigabytes = (need + 1023) / 1024;
    return String.format(
        Locale.ROOT,
        "%s: out of memory matching %d mentees with %d mentors (heap limit %d MB; this size needs"
            + " about %d MB). Give Java more heap, e.g. java -Xmx%dg -jar mentorbot.jar %s ...",
        command,
        mentees,
        mentors,
        have,
        neededMb(mentees, mentors),
        gigabytes,
        command);
  }
}
