package org.mentorbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The demo shows a whole month, and nothing in it fails. */
class DemoScriptTest {

  @Test
  void demoPlaysAWholeMonthWithoutAFailure() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConsoleCommand console =
        new ConsoleCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    console.start = java.time.Instant.parse("2026-01-05T09:00:00Z");
    try (var script = DemoCommand.class.getResourceAsStream(DemoCommand.SCRIPT)) {
      console.play(new InputStreamReader(script, StandardCharsets.UTF_8), true);
    }
    String transcript = bytes.toString(StandardCharsets.UTF_8);
    assertThat(transcript)
        .contains("[#mentoring] Round 1 is open")
        .contains("[dm @ada @sam] Meet your match")
        .contains("You're in the queue for #1 (java)")
        .contains("[dm @kim @ada] Your conversation")
        .contains("Round 1: a friendly reminder")
        .contains("Round 1: check-in 2")
        .contains("[#mods] Check-in alert")
        .contains("Round 1: your feedback")
        .contains("Mentorship stats")
        .contains("(file) mentorbot-stats.png")
        .doesNotContain("Something went wrong")
        .doesNotContain("not available yet");
  }
}
