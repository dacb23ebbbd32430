package org.mentorbot.core.matching;

import java.util.Optional;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;

/**
 * {@code /round join [role:...]} and the announcement's Join button ({@code round-join:<id>}),
 * which does the same for the round it announced.
 */
final class JoinCommand implements CommandHandler, ActionHandler {

  private final Membership membership;

  JoinCommand(Membership membership) {
    this.membership = membership;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("round", "join");
  }

  @Override
  public Reply handle(CommandRequest request) {
    return membership.join(request.invocation(), Optional.empty(), request.options().text("role"));
  }

  @Override
  public String prefix() {
    return RoundOpener.JOIN_ACTION;
  }

  @Override
  public Reply press(Invocation invocation, String argument) {
    long roundId;
    try {
      roundId = Long.parseLong(argument);
    } catch (NumberFormatException e) {
      throw new ProblemException(
          "That Join button is broken.", "Run `/round join` to join the open round.");
    }
    return membership.join(invocation, Optional.of(roundId), Optional.empty());
  }
}
