package org.mentorbot.app;

import java.util.concurrent.Callable;
import org.mentorbot.app.console.ConsoleCommand;
import org.mentorbot.app.console.DemoCommand;
import org.mentorbot.app.match.MatchCommand;
import org.mentorbot.app.run.RunCommand;
import org.mentorbot.slack.CommonPool;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mentorbot} command line: every way to run the bot from one jar. */
@Command(
    name = "mentorbot",
    mixinStandardHelpOptions = true,
    version = "mentorbot 0.1.0",
    description = "Runs a community's mentorship program in Discord, Slack or a local console.",
    subcommands = {
      RunCommand.class,
      ConsoleCommand.class,
      DemoCommand.class,
      MatchCommand.class,
      DbCommand.class
    })
public final class MentorbotCommand implements Callable<Integer> {

  public static void main(String[] args) {
    CommonPool.makeParallel(); // before anything loads CompletableFuture
    System.exit(new CommandLine(new MentorbotCommand()).execute(args));
  }

  /**
   * {@code mentorbot} alone runs the bot when a platform is configured; on a fresh machine with no
   * tokens it says what to set and plays the demo, so the first run always shows something.
   */
  @Override
  public Integer call() throws Exception {
    RunCommand run = new RunCommand();
    var settings = run.load();
    if (settings.isEmpty()) {
      return 2;
    }
    if (!settings.get().platforms().isEmpty()) {
      return run.call();
    }
    System.err.print(settings.get().howToConfigure());
    System.err.println(
        "\nNo tokens yet, so here is the demo (chat yourself with `mentorbot console`):\n");
    return new DemoCommand().call();
  }
}
