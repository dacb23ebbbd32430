package org.mentorbot.core.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Automatic monthly rounds: match (publish) on {@code day} of every month at {@code time} in {@code
 * zone}; sign-up opens {@code signupDays} before. Days stop at 28 so every month has one.
 */
public record MonthlyRule(int day, LocalTime time, ZoneId zone, int signupDays) {

  public MonthlyRule {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(zone, "zone");
    if (day < 1 || day > 28) {
      throw new IllegalArgumentException("day must be 1-28, was " + day);
    }
    if (signupDays < 1 || signupDays > 27) {
      throw new IllegalArgumentException("signup days must be 1-27, was " + signupDays);
    }
  }

  /** The match time in the month of {@code month}. */
  public Instant matchIn(YearMonth month) {
    return month.atDay(day).atTime(time).atZone(zone).toInstant();
  }

  public Instant opensBefore(Instant matchAt) {
    return matchAt.minus(Duration.ofDays(signupDays));
  }

  /** The first match time whose sign-up opens at or after {@code now}. */
  public Instant firstFrom(Instant now) {
    YearMonth month = YearMonth.from(now.atZone(zone));
    Instant match = matchIn(month);
    while (opensBefore(match).isBefore(now)) {
      month = month.plusMonths(1);
      match = matchIn(month);
    }
    return match;
  }

  /** The match time of the month after {@code matchAt}'s. */
  public Instant after(Instant matchAt) {
    return matchIn(YearMonth.from(matchAt.atZone(zone)).plusMonths(1));
  }
}
