package org.mentorbot.core.matching;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mentorbot.core.text.TimeZones;

/** How rounds show instants: {@code Mon 2026-03-09 09:00 UTC}, stable for scripts and tests. */
final class Times {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);

  private Times() {}

  static String utc(Instant instant) {
    return FORMAT.format(instant.atZone(ZoneOffset.UTC)) + " UTC";
  }

  static String in(Instant instant, ZoneId zone) {
    return FORMAT.format(instant.atZone(zone)) + " " + TimeZones.format(zone);
  }
}
