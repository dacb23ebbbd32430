package org.mentorbot.app.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mentorbot bench <what>}: the benchmarks, each printing its own figures. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks that print their figures (no pass/fail).",
    subcommands = {BenchMatchingCommand.class, BenchOutboxCommand.class, BenchSlackCommand.class})
public final class BenchCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
