package org.mentorbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.testing.MutableClock;

class RateLimiterTest {

  private static final CommunityId GUILD = new CommunityId(Platform.DISCORD, "1001");
  private static final CommunityId WORKSPACE = new CommunityId(Platform.SLACK, "T1001");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
  private final RateLimiter limiter = new RateLimiter(clock, 3, Duration.ofSeconds(1));

  private static Invocation as(CommunityId community, String user) {
    return new Invocation(community, new Actor(user, user, false, Set.of()), Optional.empty());
  }

  private int acceptedInARow(Invocation invocation, int tries) {
    int accepted = 0;
    for (int i = 0; i < tries; i++) {
      if (limiter.tryAcquire(invocation)) {
        accepted++;
      }
    }
    return accepted;
  }

  @Test
  void aMemberMaySendTheBurstAtOnceAndNotOneMore() {
    Invocation alice = as(GUILD, "alice");
    assertThat(limiter.tryAcquire(alice)).isTrue();
    assertThat(limiter.tryAcquire(alice)).isTrue();
    assertThat(limiter.tryAcquire(alice)).as("the last token of the burst").isTrue();
    assertThat(limiter.tryAcquire(alice)).isFalse();
  }

  @Test
  void aRefusedMemberEarnsOneCommandPerRefillPeriodEvenWhileRetrying() {
    Invocation alice = as(GUILD, "alice");
    assertThat(acceptedInARow(alice, 3)).isEqualTo(3);

    clock.advance(Duration.ofMillis(500));
    assertThat(limiter.tryAcquire(alice)).as("half a token is not a command").isFalse();
    clock.advance(Duration.ofMillis(500));
    assertThat(limiter.tryAcquire(alice))
        .as("the half earned before the refused retry still counts")
        .isTrue();
    assertThat(limiter.tryAcquire(alice)).as("and was spent: nothing is counted twice").isFalse();
  }

  @Test
  void idleTimeNeverBanksMoreThanTheBurst() {
    Invocation alice = as(GUILD, "alice");
    clock.advance(Duration.ofHours(1));
    assertThat(acceptedInARow(alice, 10)).isEqualTo(3);
  }

  @Test
  void eachMemberInEachCommunityHasTheirOwnBucket() {
    assertThat(acceptedInARow(as(GUILD, "alice"), 5)).isEqualTo(3);
    assertThat(limiter.tryAcquire(as(GUILD, "bob"))).as("another member").isTrue();
    assertThat(limiter.tryAcquire(as(WORKSPACE, "alice")))
        .as("the same id in another community")
        .isTrue();
  }

  @Test
  void theUnlimitedLimiterNeverRefuses() {
    RateLimiter unlimited = RateLimiter.unlimited();
    Invocation alice = as(GUILD, "alice");
    for (int i = 0; i < 10_000; i++) {
      assertThat(unlimited.tryAcquire(alice)).isTrue();
    }
  }
}
