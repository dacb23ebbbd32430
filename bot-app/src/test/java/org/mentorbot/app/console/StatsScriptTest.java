package org.mentorbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code /mentor stats} end to end through the console, against a reviewed transcript. */
class StatsScriptTest {

  @Test
  void statsScriptMatchesTheReviewedTranscript() {
    String actual = ConsoleTranscripts.play("stats.script");
    assertThat(actual).isEqualTo(ConsoleTranscripts.expected("stats.script", actual));
  }

  @Test
  void moderatorsSeeTheRoundsFiguresAndMembersAreRefused() {
    String transcript = ConsoleTranscripts.play("stats.script");
    assertThat(transcript)
        .contains("> @mod /mentor stats\n[reply @mod] Mentorship stats\n  No rounds yet")
        .contains("> @kim /mentor stats\n[reply @kim] Only moderators")
        .contains(
            "Round 1 · 2026-01-05 · mentorship · 2/3 mentees matched (66%) · met: 50% of 2 pairs"
                + " · stale: 1 pair · feedback: hidden until 5 ratings (n=4)")
        .contains("From @kim about @bob: \"Made remarks I found inappropriate\"");
  }
}
