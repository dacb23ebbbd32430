package org.mentorbot.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that tests move by hand, so weeks of scheduling run in milliseconds. Thread-safe. */
public final class MutableClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  public MutableClock(Instant start) {
    this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  /** 2026-03-02T09:00:00Z, a Monday morning. */
  public static MutableClock startingMonday() {
    return new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  }

  public MutableClock advance(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException("time does not go backwards: " + step);
    }
    now.updateAndGet(current -> current.plus(step));
    return this;
  }

  public MutableClock set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
    return this;
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view in another zone that shares this clock's time (moving one moves both). */
  @Override
  public Clock withZone(ZoneId other) {
    return new MutableClock(now, other);
  }
}
