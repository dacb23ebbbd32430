package org.mentorbot.core.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open span of time {@code [start, end)}. */
public record TimeRange(Instant start, Instant end) {

  public TimeRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("a time range must start before it ends");
    }
  }

  public static TimeRange of(Instant start, Duration length) {
    return new TimeRange(start, start.plus(length));
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  /** Whether {@code other} lies wholly inside this range. */
  public boolean covers(TimeRange other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }
}
