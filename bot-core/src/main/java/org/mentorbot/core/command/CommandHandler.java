package org.mentorbot.core.command;

/** Does one catalogue command. One small class per command, registered in a feature. */
public interface CommandHandler {

  /** The catalogue entry this handler serves. */
  CommandSpec spec();

  /** Runs the command; authorization and option validation already happened. */
  Reply handle(CommandRequest request);
}
