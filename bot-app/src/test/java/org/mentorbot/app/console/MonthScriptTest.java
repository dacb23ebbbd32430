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
        .contains("Round 1: a friendly reminder")
        .contains("Round 1: check-in 1")
        .contains("Round 1: check-in 2")
        .contains("2 check-ins in a row")
        .contains("Round 1: your feedback")
        .contains("replaces the feedback you gave before")
        .contains("You were never matched with");
    // sam lives in Chicago: his reminder waits for his morning, 6 hours after ada's.
    assertThat(t.indexOf("[dm @sam] Round 1: a friendly reminder"))
        .isGreaterThan(t.indexOf("[clock] 2026-01-07T15:00:00Z"));
  }

  @Test
  void theMonthReplaysIdentically() {
    assertThat(ConsoleTranscripts.play("month.script"))
        .isEqualTo(ConsoleTranscripts.play("month.script"));
  }
}
