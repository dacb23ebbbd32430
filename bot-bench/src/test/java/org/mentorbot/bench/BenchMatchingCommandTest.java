package org.mentorbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchMatchingCommandTest {

  @Test
  void printsEveryRunAndTheMedianForEachSize() {
    StringWriter out = new StringWriter();
    CommandLine cmd = new CommandLine(new BenchMatchingCommand());
    cmd.setOut(new PrintWriter(out));
    int code = cmd.execute("--sizes", "60x12,30x6", "--runs", "3", "--warmup", "1");
    assertThat(code).isZero();
    String text = out.toString();
    assertThat(text).contains("1 warm-up + 3 measured runs per size");
    assertThat(text.lines().filter(l -> l.startsWith("  60x12 run "))).hasSize(3);
    assertThat(text.lines().filter(l -> l.startsWith("  30x6 run "))).hasSize(3);
    assertThat(text)
        .containsPattern(
            "60x12 mentees x mentors: median \\d+ ms \\(cpu \\d+ ms\\), edges kept [1-9]\\d*,"
                + " matched [1-9]\\d*, total score [1-9]\\d*, median peak heap \\d+ MB");
  }

  @Test
  void rejectsAMalformedSize() {
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new BenchMatchingCommand());
    cmd.setErr(new PrintWriter(err));
    assertThat(cmd.execute("--sizes", "100by20")).isEqualTo(2);
    assertThat(err.toString()).contains("--sizes: '100by20' is not MENTEESxMENTORS, e.g. 1000x200");
  }

  @Test
  void sameSeedGivesTheSameCommunity() {
    assertThat(SyntheticCommunity.generate(50, 10, 3))
        .isEqualTo(SyntheticCommunity.generate(50, 10, 3));
    assertThat(SyntheticCommunity.generate(50, 10, 3))
        .isNotEqualTo(SyntheticCommunity.generate(50, 10, 4));
  }
}
