package org.mentorbot.core.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the timezones members type: IANA names and fixed offsets such as {@code UTC+05:30}. */
public final class TimeZones {

  private static final Pattern OFFSET =
      Pattern.compile("(?i)(?:UTC|GMT)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?");

  private TimeZones() {}

  /** The zone, or empty if the text is neither an IANA zone nor an offset within ±14:00. */
  public static Optional<ZoneId> parse(String text) {
    String value = text.strip();
    if (value.isEmpty() || value.length() > 64) {
      return Optional.empty();
    }
    if (value.equalsIgnoreCase("UTC") || value.equalsIgnoreCase("GMT") || value.equals("Z")) {
      return Optional.of(ZoneOffset.UTC);
    }
    Matcher m = OFFSET.matcher(value);
    if (m.matches()) {
      int hours = Integer.parseInt(m.group(2));
      int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0)) {
        return Optional.empty();
      }
      int sign = m.group(1).equals("-") ? -1 : 1;
      return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    }
    if (!value.contains("/")) {
      return Optional.empty(); // refuse ambiguous abbreviations such as EST or CET
    }
    try {
      return Optional.of(ZoneId.of(value));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** How a zone is stored and shown: the IANA id, or {@code UTC+05:30} for offsets. */
  public static String format(ZoneId zone) {
    if (zone instanceof ZoneOffset offset) {
      return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
    }
    return zone.getId();
  }

  /** Offset in minutes east of UTC at {@code at}. */
  public static int offsetMinutes(ZoneId zone, Instant at) {
    return zone.getRules().getOffset(at).getTotalSeconds() / 60;
  }
}
