package org.mentorbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Office hours, end to end through the console, against a reviewed transcript. */
class OfficeHoursScriptTest {

  @Test
  void officeHoursScriptMatchesTheReviewedTranscript() {
    String actual = ConsoleTranscripts.play("officehours.script");
    assertThat(actual).isEqualTo(ConsoleTranscripts.expected("officehours.script", actual));
  }

  @Test
  void sessionRunsEndToEndWithTheRightPeopleTold() {
    String t = ConsoleTranscripts.play("officehours.script");
    assertThat(t)
        .contains(
            "[reply @fay] #1 (java) with @ada: position 5 of 5, estimated wait about 40 minutes.")
        .contains("[dm @ben] Office hours\n  It's your turn! @ada is ready for you")
        .contains("[dm @cat] You were skipped in office hours #1 (java)")
        .contains("[dm @fay] You're next in office hours #1 (java)")
        .contains(
            "[dm @fay] Sorry — office hours #1 (java) with @ada have closed before your turn");
    // Refused input changed nothing: the five joins are still the only entries.
    assertThat(t)
        .contains("There is no office-hours session #9.")
        .contains("You are already in the queue for #1 (java), at position 2.")
        .contains("which would ping many people")
        .contains("Office hours #1 (java) are closed.");
  }

  @Test
  void scriptsReplayIdentically() {
    assertThat(ConsoleTranscripts.play("officehours.script"))
        .isEqualTo(ConsoleTranscripts.play("officehours.script"));
  }
}
