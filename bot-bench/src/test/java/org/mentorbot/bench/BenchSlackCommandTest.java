package org.mentorbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A short, slow run of the Slack load test over loopback: it warms up, sends, and accounts for
 * every command. Its latencies are printed, never asserted.
 */
class BenchSlackCommandTest {

  @Test
  void warmsUpWithItsOwnMembersThenAccountsForEveryMeasuredSignUp() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream console = System.out;
    int exit;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      exit =
          new CommandLine(new BenchSlackCommand())
              .execute(
                  "--rate",
                  "20",
                  "--seconds",
                  "2",
                  "--warmup-seconds",
                  "1",
                  "--drain-seconds",
                  "60");
    } finally {
      System.setOut(console);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(exit).as(out).isBetween(0, 1);
    assertThat(out)
        .contains("Warming up: 10 commands/s for 1 s (not counted)")
        .containsPattern("warm-up +10 sent, 10 acked")
        .containsPattern("sent +40 in")
        .containsPattern("reply lag by 10 s of sending .*\\n +0- +2 s")
        .contains("views.open        2 forms")
        .contains("sign-ups          sent 30, acked 30, in the database 30, acked but missing 0");
  }
}
