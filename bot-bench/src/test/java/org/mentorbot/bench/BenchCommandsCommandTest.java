package org.mentorbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandsCommandTest {

  @Test
  void runsEveryCommandWithoutAFailureAndPrintsTheRates() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new BenchCommandsCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(out));

    assertThat(cli.execute("--members", "20", "--threads", "3")).as(out.toString()).isZero();

    assertThat(out.toString())
        .contains("core commands on a SQLite file, 3 threads, 20 members")
        .containsPattern("/mentor signup: +20 commands in +[0-9.]+ s")
        .containsPattern("/mentor edit: +20 commands in +[0-9.]+ s")
        .containsPattern("/mentor profile: +20 commands in +[0-9.]+ s")
        .contains("commands that failed: 0");
  }
}
