package org.mentorbot.core.matching;

import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Reply;

/** {@code /round leave}: drops out of the open round in every role. */
final class LeaveRoundCommand implements CommandHandler {

  private final Membership membership;

  LeaveRoundCommand(Membership membership) {
    this.membership = membership;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("round", "leave");
  }

  @Override
  public Reply handle(CommandRequest request) {
    return membership.leave(request.invocation());
  }
}
