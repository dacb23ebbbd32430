package org.mentorbot.app.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The console's clock: it stands still until {@code :advance} moves it, so a script plays the same
 * way every time and a month passes in a moment.
 */
final class ConsoleClock extends Clock {

  private volatile Instant now;

  ConsoleClock(Instant start) {
    this.now = start;
  }

  void advance(Duration by) {
    now = now.plus(by);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** A view in another zone that still follows this clock's {@code :advance}. */
  @Override
  public Clock withZone(ZoneId zone) {
    ConsoleClock source = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return source.withZone(other);
      }

      @Override
      public Instant instant() {
        return source.instant();
      }
    };
  }

  @Override
  public Instant instant() {
    return now;
  }
}
