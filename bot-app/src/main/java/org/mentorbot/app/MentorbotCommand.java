package org.mentorbot.app;

import org.mentorbot.app.console.ConsoleCommand;
import org.mentorbot.app.console.DemoCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mentorbot} command line: every way to run the bot from one jar. */
@Command(
    name = "mentorbot",
    mixinStandardHelpOptions = true,
    version = "mentorbot 0.1.0",
    description = "Runs a community's mentorship program in Discord, Slack or a local console.",
    subcommands = {ConsoleCommand.class, DemoCommand.class, DbCommand.class})
public final class MentorbotCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new MentorbotCommand()).execute(args));
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
