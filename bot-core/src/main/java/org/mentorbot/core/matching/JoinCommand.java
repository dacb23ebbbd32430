package org.mentorbot.core.matching;

import java.util.List;
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
 * {@code /round join [as:mentor|mentee]} and the Join buttons ({@code round-join:<id>[:<role>]}),
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
    return membership.join(request.invocation(), Optional.empty(), request.options().text("as"));
  }

  @Override
  public String prefix() {
    return RoundOpener.JOIN_ACTION;
  }

  @Override
  public Reply press(Invocation invocation, String argument) {
    // round-join:<round> from the announcement, round-join:<round>:<role> from the role choice.
    String[] parts = argument.split(":", -1);
    if (parts.length > 2
        || !parts[0].matches("\\d{1,18}")
        || (parts.length == 2
            && !List.of(Participant.MENTOR, Participant.MENTEE).contains(parts[1]))) {
      throw new ProblemException(
          "That Join button is broken.", "Run `/round join` to join the open round.");
    }
    return membership.join(
        invocation,
        Optional.of(Long.parseLong(parts[0])),
        parts.length == 2 ? Optional.of(parts[1]) : Optional.empty());
  }
}
