package org.mentorbot.core.officehours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A weekly office-hours rule: its length limits and the next start, at the exact edges. */
class WeeklyRuleTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static WeeklyRule tuesdaysAtFive(int minutes) {
    return new WeeklyRule(
        1, "ada", "Ada", DayOfWeek.TUESDAY, LocalTime.of(17, 0), BERLIN, minutes, Optional.empty());
  }

  @Test
  void sessionsLastFiveToFourHundredEightyMinutesAndNoOthers() {
    assertThat(tuesdaysAtFive(5).minutes()).isEqualTo(5);
    assertThat(tuesdaysAtFive(480).minutes()).isEqualTo(480);
    assertThatThrownBy(() -> tuesdaysAtFive(4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tuesdaysAtFive(481)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theNextStartIsStrictlyAfterTheGivenInstant() {
    WeeklyRule rule = tuesdaysAtFive(60);
    Instant tuesday = Instant.parse("2027-01-05T16:00:00Z"); // 17:00 in Berlin

    assertThat(rule.nextStartAfter(tuesday.minusSeconds(1))).isEqualTo(tuesday);
    assertThat(rule.nextStartAfter(tuesday))
        .as("a start exactly now is not after now")
        .isEqualTo(Instant.parse("2027-01-12T16:00:00Z"));
    assertThat(rule.nextStartAfter(Instant.parse("2027-01-07T12:00:00Z")))
        .as("from a Thursday: next Tuesday")
        .isEqualTo(Instant.parse("2027-01-12T16:00:00Z"));
  }
}
