package org.mentorbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchOutboxCommandTest {

  private String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new BenchOutboxCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(out));
    int exit = cli.execute(args);
    assertThat(exit).as(out.toString()).isZero();
    return out.toString();
  }

  @Test
  void enqueuesAndDeliversEveryMessageAndPrintsTheFigures() {
    String output = run("--intros", "40", "--single", "7", "--warmup", "5");

    assertThat(output)
        .contains("outbox benchmark on a SQLite file")
        .contains("warm-up: 5 messages enqueued and delivered, not measured")
        .containsPattern("enqueue, one transaction: +40 messages in +[0-9.,]+ ms")
        .containsPattern("enqueue, a transaction each: +7 messages in +[0-9.,]+ ms")
        .containsPattern("deliver via no-op gateway: +47 messages in +[0-9.,]+ ms")
        .contains("not delivered: 0");
  }

  @Test
  void severalInstancesDeliverEveryMessageOnceAndPrintTheRate() {
    String output =
        run("--instances", "2", "--messages", "60", "--latency-ms", "1", "--delivery-threads", "2");

    assertThat(output)
        .contains("outbox across 2 instances on a SQLite file: 60 messages, platform 1 ms per call")
        .containsPattern("delivered 60 of 60 in [0-9.]+ s .*: +[0-9,]+ msg/s");
  }

  @Test
  void refusesANonPositiveIntroCount() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new BenchOutboxCommand());
    cli.setErr(new PrintWriter(out));
    assertThat(cli.execute("--intros", "0")).isEqualTo(2);
    assertThat(out.toString())
        .contains("--intros must be at least 1, --single and --warmup at least 0");
  }
}
