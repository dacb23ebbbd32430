package org.mentorbot.core.mentorship;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How mentorships show their dates: {@code Mon 2026-05-04}, in UTC, stable for scripts. */
public final class Dates {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ROOT);

  private Dates() {}

  public static String day(Instant instant) {
    return DAY.format(instant.atZone(ZoneOffset.UTC));
  }
}
