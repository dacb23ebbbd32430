package org.mentorbot.core.officehours;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/** A mentor's recurring session: every {@code weekday} at {@code time} in {@code zone}. */
record WeeklyRule(
    long id,
    String mentorId,
    String mentorName,
    DayOfWeek weekday,
    LocalTime time,
    ZoneId zone,
    int minutes,
    Optional<String> topic) {

  WeeklyRule {
    Objects.requireNonNull(mentorId);
    Objects.requireNonNull(mentorName);
    Objects.requireNonNull(weekday);
    Objects.requireNonNull(time);
    Objects.requireNonNull(zone);
    Objects.requireNonNull(topic);
    if (minutes < 5 || minutes > 480) {
      throw new IllegalArgumentException("minutes must be 5-480");
    }
  }

  /** The first start strictly after {@code after}, at the local time (DST gaps move it later). */
  Instant nextStartAfter(Instant after) {
    LocalDate day =
        after.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(weekday));
    while (true) {
      Instant start = ZonedDateTime.of(day, time, zone).toInstant();
      if (start.isAfter(after)) {
        return start;
      }
      day = day.plusWeeks(1);
    }
  }
}
