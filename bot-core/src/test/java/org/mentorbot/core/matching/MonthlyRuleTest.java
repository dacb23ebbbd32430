package org.mentorbot.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The monthly round rule's limits and the first round it plans, at the exact edges. */
class MonthlyRuleTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalTime NINE = LocalTime.of(9, 0);

  @Test
  void daysOneToTwentyEightAreAcceptedAndNoOthers() {
    assertThat(new MonthlyRule(1, NINE, BERLIN, 1).day()).isEqualTo(1);
    assertThat(new MonthlyRule(28, NINE, BERLIN, 27).day()).isEqualTo(28);
    assertThatThrownBy(() -> new MonthlyRule(0, NINE, BERLIN, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("day must be 1-28, was 0");
    assertThatThrownBy(() -> new MonthlyRule(29, NINE, BERLIN, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 29");
  }

  @Test
  void signUpOpensOneToTwentySevenDaysBeforeAndNoOthers() {
    assertThat(new MonthlyRule(15, NINE, BERLIN, 1).signupDays()).isEqualTo(1);
    assertThat(new MonthlyRule(15, NINE, BERLIN, 27).signupDays()).isEqualTo(27);
    assertThatThrownBy(() -> new MonthlyRule(15, NINE, BERLIN, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("signup days must be 1-27, was 0");
    assertThatThrownBy(() -> new MonthlyRule(15, NINE, BERLIN, 28))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 28");
  }

  @Test
  void theFirstRoundIsThisMonthsWhileItsSignUpHasNotOpenedYet() {
    MonthlyRule rule = new MonthlyRule(15, NINE, BERLIN, 7);
    Instant march15 = Instant.parse("2027-03-15T08:00:00Z"); // 09:00 in Berlin (winter time)
    Instant opens = Instant.parse("2027-03-08T08:00:00Z");

    assertThat(rule.firstFrom(opens)).as("sign-up opens exactly now").isEqualTo(march15);
    assertThat(rule.firstFrom(opens.minusSeconds(1))).isEqualTo(march15);
    assertThat(rule.firstFrom(opens.plusSeconds(1)))
        .as("sign-up already open: next month's")
        .isEqualTo(Instant.parse("2027-04-15T07:00:00Z")); // summer time
    assertThat(rule.after(march15)).isEqualTo(Instant.parse("2027-04-15T07:00:00Z"));
  }
}
