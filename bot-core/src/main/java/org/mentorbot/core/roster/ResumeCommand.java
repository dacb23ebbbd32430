package org.mentorbot.core.roster;

import java.util.Optional;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;

/** {@code /mentor resume}: ends a pause. */
final class ResumeCommand implements CommandHandler {

  private final Roster roster;

  ResumeCommand(Roster roster) {
    this.roster = roster;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("mentor", "resume");
  }

  @Override
  public Reply handle(CommandRequest request) {
    return roster
        .context()
        .db()
        .write(
            tx -> {
              Profile p = roster.requireOwn(tx, request.invocation());
              if (!p.pausedOn(roster.today())) {
                throw new ProblemException("You are not paused.", "Nothing to do.");
              }
              roster
                  .store()
                  .save(
                      tx,
                      roster.communityId(tx, request.invocation()),
                      ProfileChanges.withPause(p, false, Optional.empty()));
              return Reply.privately("Welcome back! You can be matched and nudged again.");
            });
  }
}
