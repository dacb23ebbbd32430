package org.mentorbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Match rounds, end to end through the console, against a reviewed transcript. */
class RoundsScriptTest {

  private static final String TRANSCRIPT = ConsoleTranscripts.play("rounds.script");

  @Test
  void roundsScriptMatchesTheReviewedTranscript() {
    assertThat(TRANSCRIPT).isEqualTo(ConsoleTranscripts.expected("rounds.script", TRANSCRIPT));
  }

  @Test
  void publishSendsEachPairOneIntroAndASecondPublishIsRefused() {
    assertThat(TRANSCRIPT)
        .contains("[dm @ada @kim] Meet your match — round 1")
        .contains("[dm @bob @liz] Meet your match — round 1")
        .contains("[dm @sam] No match this round")
        .contains(
            "> @mod /round publish\n"
                + "[reply @mod] No round is open: round 1 was already published");
    assertThat(TRANSCRIPT.split("Meet your match — round 1", -1)).hasSize(3);
  }

  @Test
  void theSecondRoundAvoidsTheRepeatAndFavoursTheWaitlistedMentee() {
    assertThat(TRANSCRIPT)
        .contains("[dm @ada @sam] Meet your match — round 2")
        .contains("waitlisted last round +50")
        .contains(
            "@kim: no eligible mentor: the one mentor otherwise suitable was matched with"
                + " them in the last 3 rounds");
  }

  @Test
  void scriptsReplayIdentically() {
    assertThat(ConsoleTranscripts.play("rounds.script")).isEqualTo(TRANSCRIPT);
  }
}
