package org.mentorbot.bench;

import org.mentorbot.slack.CommonPool;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mentorbot bench <what>}: the benchmarks, each printing its own figures. Its own runnable
 * jar ({@code bot-bench/target/mentorbot-bench.jar}), which the {@code mentorbot} script runs for
 * {@code bench}; the shipped mentorbot.jar carries no load generator.
 */
@Command(
    name = "mentorbot bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks that print their figures (no pass/fail).",
    subcommands = {
      BenchMatchingCommand.class,
      BenchOutboxCommand.class,
      BenchSlackCommand.class,
      BenchCommandsCommand.class
    })
public final class BenchCommand implements Runnable {

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    CommonPool.makeParallel(); // before anything loads CompletableFuture
    System.exit(new CommandLine(new BenchCommand()).execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
