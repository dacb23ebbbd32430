package org.mentorbot.core.meeting;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mentorbot.core.messaging.TimeTokens;

/**
 * A time range written out in one member's zone, for the places where the core must show every
 * member's local time side by side (the intro's shared windows), not just the reader's.
 */
final class LocalTimes {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private LocalTimes() {}

  /** {@code Tue 1 Dec 09:00–15:00 America/Toronto}; the end carries its day if it differs. */
  static String range(TimeRange range, ZoneId zone) {
    var start = range.start().atZone(zone);
    var end = range.end().atZone(zone);
    String endText =
        start.toLocalDate().equals(end.toLocalDate()) ? TIME.format(end) : DAY.format(end);
    return DAY.format(start) + "–" + endText + " " + TimeTokens.label(zone);
  }

  /** {@code Tue 1 Dec 09:00 America/Toronto}. */
  static String at(java.time.Instant instant, ZoneId zone) {
    return DAY.format(instant.atZone(zone)) + " " + TimeTokens.label(zone);
  }
}
