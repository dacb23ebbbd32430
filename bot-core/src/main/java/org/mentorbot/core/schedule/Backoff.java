package org.mentorbot.core.schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait after a failed attempt, and when to stop trying: {@code base * 2^(n-1)} after
 * the n-th failure, never more than {@code cap}, and no attempt after the {@code maxAttempts}-th.
 */
public record Backoff(Duration base, Duration cap, int maxAttempts) {

  public Backoff {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(cap, "cap");
    if (base.isNegative() || base.isZero()) {
      throw new IllegalArgumentException("backoff base must be positive: " + base);
    }
    if (cap.compareTo(base) < 0) {
      throw new IllegalArgumentException("backoff cap " + cap + " is below its base " + base);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("max attempts must be at least 1: " + maxAttempts);
    }
  }

  /**
   * 2 s doubling to a 30 min cap, 16 attempts: the waits add up to about 3 hours (2 s + 4 s + ... +
   * 1024 s, then 30 min five times), so an hour-long rate limit or outage delays messages but does
   * not drop them.
   */
  public static Backoff defaults() {
    return new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(30), 16);
  }

  /** The wait after {@code failures} failed attempts in a row (1 = the first failure). */
  public Duration after(int failures) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures must be at least 1: " + failures);
    }
    int doublings = Math.min(failures - 1, 40);
    long millis = base.toMillis();
    for (int i = 0; i < doublings && millis < cap.toMillis(); i++) {
      millis *= 2;
    }
    return Duration.ofMillis(Math.min(millis, cap.toMillis()));
  }

  /** Whether {@code failures} failed attempts use up the budget. */
  public boolean exhausted(int failures) {
    return failures >= maxAttempts;
  }
}
