package org.mentorbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The retry schedule of deliveries and jobs: doubling from a base, capped, with a budget. */
class BackoffTest {

  private static Duration s(long seconds) {
    return Duration.ofSeconds(seconds);
  }

  @Test
  void waitsDoubleFromTheBaseUntilTheCap() {
    Backoff backoff = new Backoff(s(2), s(16), 10);
    assertThat(backoff.after(1)).isEqualTo(s(2));
    assertThat(backoff.after(2)).isEqualTo(s(4));
    assertThat(backoff.after(4)).isEqualTo(s(16));
    assertThat(backoff.after(5)).isEqualTo(s(16));
    assertThat(backoff.after(1_000)).isEqualTo(s(16));
  }

  @Test
  void aCapBetweenTwoDoublingsIsReachedExactly() {
    assertThat(new Backoff(s(2), s(5), 10).after(3)).isEqualTo(s(5));
  }

  @Test
  void aBaseEqualToTheCapNeverGrows() {
    Backoff flat = new Backoff(s(3), s(3), 2);
    assertThat(flat.after(1)).isEqualTo(s(3));
    assertThat(flat.after(2)).isEqualTo(s(3));
  }

  @Test
  void theBudgetIsUsedUpAtMaxAttempts() {
    Backoff backoff = new Backoff(s(1), s(1), 3);
    assertThat(backoff.exhausted(2)).isFalse();
    assertThat(backoff.exhausted(3)).isTrue();
    assertThat(new Backoff(s(1), s(1), 1).exhausted(1)).isTrue();
  }

  @Test
  void theDefaultsRetryForAboutThreeHours() {
    Backoff defaults = Backoff.defaults();
    Duration total = Duration.ZERO;
    for (int failures = 1; !defaults.exhausted(failures); failures++) {
      total = total.plus(defaults.after(failures));
    }
    assertThat(total).isBetween(Duration.ofHours(2), Duration.ofHours(4));
  }

  @Test
  void refusesABaseThatIsNotPositive() {
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, s(1), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("base must be positive");
    assertThatThrownBy(() -> new Backoff(s(-1), s(1), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Backoff(Duration.ofMillis(1), s(1), 1).base()).isEqualTo(Duration.ofMillis(1));
  }

  @Test
  void refusesACapBelowTheBase() {
    assertThatThrownBy(() -> new Backoff(s(2), s(1), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is below its base");
  }

  @Test
  void refusesABudgetOfNoAttempts() {
    assertThatThrownBy(() -> new Backoff(s(1), s(1), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  @Test
  void refusesAskingForTheWaitBeforeAnyFailure() {
    assertThatThrownBy(() -> Backoff.defaults().after(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
