package org.mentorbot.core.community;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The recipient's local daytime ({@code day-start}..{@code day-end}): nudges and round notices due
 * at night wait for the next day-start.
 */
public record DaytimeWindow(LocalTime start, LocalTime end) {

  public DaytimeWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("the day must start before it ends");
    }
  }

  /** {@code due} itself when it falls in the window in {@code zone}, else the next day-start. */
  public Instant deliverAt(Instant due, ZoneId zone) {
    ZonedDateTime local = due.atZone(zone);
    LocalTime time = local.toLocalTime();
    if (!time.isBefore(start) && time.isBefore(end)) {
      return due;
    }
    ZonedDateTime day = time.isBefore(start) ? local : local.plusDays(1);
    return day.toLocalDate().atTime(start).atZone(zone).toInstant();
  }

  /** The community's window. */
  public static DaytimeWindow of(CommunitySettings settings) {
    return new DaytimeWindow(settings.dayStart(), settings.dayEnd());
  }
}
