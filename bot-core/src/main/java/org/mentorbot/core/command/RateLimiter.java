package org.mentorbot.core.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;

/**
 * A per-member token bucket so one member (or a stuck script) cannot flood the bot. Buckets live in
 * a bounded cache; losing one only forgives a member early.
 */
public final class RateLimiter {

  private final Clock clock;
  private final int capacity;
  private final double refillPerMilli;
  private final Cache<String, double[]> buckets;

  public RateLimiter(Clock clock, int burst, Duration refillEvery) {
    this.clock = clock;
    this.capacity = burst;
    this.refillPerMilli = 1.0 / refillEvery.toMillis();
    this.buckets =
        Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();
  }

  /** No limit at all; for the console and tests that replay scripts quickly. */
  public static RateLimiter unlimited() {
    return new RateLimiter(Clock.systemUTC(), Integer.MAX_VALUE, Duration.ofMillis(1));
  }

  public boolean tryAcquire(Invocation invocation) {
    if (capacity == Integer.MAX_VALUE) {
      return true;
    }
    String key = invocation.community() + "/" + invocation.actor().userId();
    long now = clock.millis();
    double[] bucket = buckets.get(key, k -> new double[] {capacity, now});
    synchronized (bucket) {
      double tokens = Math.min(capacity, bucket[0] + (now - bucket[1]) * refillPerMilli);
      bucket[1] = now;
      if (tokens < 1) {
        bucket[0] = tokens;
        return false;
      }
      bucket[0] = tokens - 1;
      return true;
    }
  }
}
