package org.mentorbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round communication end to end through the console: the DMs at opening (in each member's
 * daytime), the one reminder, the automatic publish with the moderators' counts, the unmatched
 * mentor told why, and a hand-opened round's Preview / Publish, against a reviewed transcript.
 */
class SignupScriptTest {

  private static final String TRANSCRIPT = ConsoleTranscripts.play("signup.script");

  @Test
  void signupScriptMatchesTheReviewedTranscript() {
    assertThat(TRANSCRIPT).isEqualTo(ConsoleTranscripts.expected("signup.script", TRANSCRIPT));
  }

  @Test
  void membersAreInvitedOnceRemindedOnceAndTheUnmatchedAreToldWhy() {
    assertThat(TRANSCRIPT.split("\\[dm @sam\\] Round 1 is open", -1)).hasSize(2);
    assertThat(TRANSCRIPT.split("\\[dm @sam\\] Round 1 sign-up closes soon", -1)).hasSize(2);
    assertThat(TRANSCRIPT)
        .doesNotContain("[dm @max]")
        .doesNotContain("[dm @kim] Round 1 sign-up closes soon")
        .contains("[#mods] Round 1 published automatically")
        .contains("[dm @bob] No mentee this round")
        .contains("[#mods] Round 2 sign-up closed")
        .doesNotContain("[dm @kim] Round 2 is open")
        .doesNotContain("[dm @ada] Round 2 is open")
        .doesNotContain("DEBUG")
        .doesNotContain("INFO");
  }

  @Test
  void helpQuotesAndUnmetDemandReadWell() {
    assertThat(TRANSCRIPT)
        .contains("Write it as goals:\"Get a frontend internship\".")
        .contains("Usage: /round open [kind:mentorship|peer-circles|reverse] [days:N]")
        .contains("Wanted, no mentor: 2 members looked for go; no mentor");
  }
}
