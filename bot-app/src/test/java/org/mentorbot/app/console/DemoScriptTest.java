package org.mentorbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The demo shows a round and the mentorships it starts, and nothing in it fails. */
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
        .contains("A friendly reminder")
        .contains("Check-in 2")
        .contains("Meeting #1 is set")
        .contains("(file) meeting-1.ics")
        .contains("Agenda for your meeting")
        .doesNotContain("Have you and @sam found a time to meet yet?")
        .contains("[#mods] Check-in alert")
        .contains("Every goal is reached")
        .contains("Congratulations on reaching your goal")
        .contains("Your feedback")
        .contains("This pair breaks")
        .contains("Continue or wrap up?")
        .contains("Everyone chose to continue")
        .contains("(term 2)")
        .contains("Offers: short and long mentorships")
        .contains("Mentorship stats")
        .containsPattern("Goals: \\d+ set · \\d+ reached · \\d+ dropped · \\d+ open")
        .contains("(file) mentorbot-stats.png")
        .doesNotContain("Something went wrong")
        .doesNotContain("not available yet");
  }
}
