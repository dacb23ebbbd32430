package org.mentorbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The roster, end to end through the console, against a reviewed transcript. */
class RosterScriptTest {

  @Test
  void rosterScriptMatchesTheReviewedTranscript() {
    String actual = ConsoleTranscripts.play("roster.script");
    assertThat(actual).isEqualTo(ConsoleTranscripts.expected("roster.script", actual));
  }

  @Test
  void everyBadInputIsRefusedWithAReasonAndChangesNothing() {
    String transcript = ConsoleTranscripts.play("roster.script");
    assertThat(transcript)
        .contains("`/mentor sigup` is not a command.\n  Did you mean `/mentor signup`?")
        .contains("needs `topics:`")
        .contains("`years:` must be a whole number, not `many`.")
        .contains("`Mars/Olympus` is not a timezone I know.")
        .contains("`capacity:` must be from 1 to 5, not 9.")
        .contains("`bio:` is 2001 characters long; the limit is 2000.")
        .contains("control character (U+0007)")
        .contains("A quote is left open after `bio:`.")
        .contains("which would ping many people")
        .contains("Did you mean `topics:`?");
    // lee's seven refused sign-ups left no profile behind.
    assertThat(transcript)
        .contains("> @lee /mentor profile\n[reply @lee] You are not on the roster yet.");
  }

  @Test
  void scriptsReplayIdentically() {
    assertThat(ConsoleTranscripts.play("roster.script"))
        .isEqualTo(ConsoleTranscripts.play("roster.script"));
  }
}
