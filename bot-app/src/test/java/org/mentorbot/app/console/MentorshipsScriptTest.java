package org.mentorbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Two months of mentorships through the console (two round kinds, a long mentorship continued, a
 * short one wrapped up, an early end, a pair by hand), against a reviewed transcript.
 */
class MentorshipsScriptTest {

  private static final String TRANSCRIPT = ConsoleTranscripts.play("mentorships.script");

  @Test
  void mentorshipsScriptMatchesTheReviewedTranscript() {
    assertThat(TRANSCRIPT).isEqualTo(ConsoleTranscripts.expected("mentorships.script", TRANSCRIPT));
  }

  @Test
  void aPeerCircleRoundLeavesTheRunningMentorshipsAloneAndTheLongOneIsContinued() {
    assertThat(TRANSCRIPT)
        .contains("Everyone chose to continue")
        .contains("has completed its term")
        .doesNotContain("I started a new job\n  [dm @bob]")
        .doesNotContain("Something went wrong");
  }
}
