package org.mentorbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A month of check-ins, end to end through the console, against a reviewed transcript. */
class MonthScriptTest {

  @Test
  void monthScriptMatchesTheReviewedTranscript() {
    String actual = ConsoleTranscripts.play("month.script");
    assertThat(actual).isEqualTo(ConsoleTranscripts.expected("month.script", actual));
  }

  @Test
  void theMonthHasEveryStepOfTheDoneCriteria() {
    String t = ConsoleTranscripts.play("month.script");
    assertThat(t)
        .contains("Round 1 is published")
        .contains("A friendly reminder")
        .contains("Check-in 1")
        .contains("Check-in 2")
        .contains("2 check-ins in a row")
        .contains("Congratulations on reaching your goal")
        .contains("@kim ended their mentorship with @bob (not-a-fit)")
        .contains("Your feedback")
        .contains("replaces the feedback you gave before")
        .contains("You were never matched with");
    // sam lives in Chicago: his reminder waits for his morning, 6 hours after ada's.
    assertThat(t.indexOf("[dm @sam] A friendly reminder"))
        .isGreaterThan(t.indexOf("[clock] 2026-01-07T15:00:00Z"));
  }

  @Test
  void theMonthReplaysIdentically() {
    assertThat(ConsoleTranscripts.play("month.script"))
        .isEqualTo(ConsoleTranscripts.play("month.script"));
  }
}
