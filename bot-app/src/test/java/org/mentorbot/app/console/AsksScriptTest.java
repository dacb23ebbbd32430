package org.mentorbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Asks, end to end through the console, against a reviewed transcript. */
class AsksScriptTest {

  @Test
  void asksScriptMatchesTheReviewedTranscript() {
    String actual = ConsoleTranscripts.play("asks.script");
    assertThat(actual).isEqualTo(ConsoleTranscripts.expected("asks.script", actual));
  }

  @Test
  void refusalsExplainThemselvesAndABlockLooksLikeAPause() {
    String transcript = ConsoleTranscripts.play("asks.script");
    assertThat(transcript)
        .contains("[reply @carl] This ask isn't addressed to you.")
        .contains("[reply @bob] You already accepted this ask.")
        .contains("[reply @cleo] You already declined this ask.")
        .contains("[reply @amy] You can't ask yourself.")
        .contains("[reply @amy] @zed isn't available for asks right now.")
        .contains("[reply @amy] @eve isn't available for asks right now.")
        .contains("[reply @amy] @dan isn't available for asks right now.")
        .contains("[reply @amy] You already have an open ask to @dan.")
        .contains("[reply @amy] You have 1 open ask, the most one member may have here (1).")
        .contains("[reply @dan] This ask expired before you answered.");
  }
}
