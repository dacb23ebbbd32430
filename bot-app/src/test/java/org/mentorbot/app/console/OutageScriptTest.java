package org.mentorbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Schedules across a 35-day {@code :advance} (an outage that long) and office-hours control, end to
 * end through the console, against a reviewed transcript.
 */
class OutageScriptTest {

  private static final String TRANSCRIPT = ConsoleTranscripts.play("outage.script");

  @Test
  void outageScriptMatchesTheReviewedTranscript() {
    assertThat(TRANSCRIPT).isEqualTo(ConsoleTranscripts.expected("outage.script", TRANSCRIPT));
  }

  @Test
  void aLongAdvanceSendsNoStaleNoticeAndOpensOneMakeUpRound() {
    assertThat(TRANSCRIPT)
        .doesNotContain("in 15 minutes")
        .doesNotContain("coming up")
        .contains("Round 1 opened late")
        .contains("[dm @ada @kim] Meet your match — round 1");
    assertThat(TRANSCRIPT.split("is open — mentorship round", -1)).hasSize(2);
  }
}
