package org.mentorbot.core.roster;

import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.storage.TransactionMemo;

/**
 * {@code /mentor leave}: removes the profile. Match history and blocks stay (history keeps the
 * repeat window honest; blocks keep protecting people); {@code forget-me} erases those too.
 */
final class LeaveCommand implements CommandHandler {

  private final Roster roster;

  LeaveCommand(Roster roster) {
    this.roster = roster;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("mentor", "leave");
  }

  @Override
  public Reply handle(CommandRequest request) {
    return roster
        .context()
        .db()
        .write(
            tx -> {
              roster.requireOwn(tx, request.invocation());
              roster.departures().left(tx, request.community(), request.actor().userId());
              TransactionMemo.attached(tx, MemberDao.class)
                  .delete(roster.communityId(tx, request.invocation()), request.actor().userId());
              return Reply.privately(
                  "You have left the roster. Thanks for taking part! Sign up again any time;"
                      + " to erase everything instead, use `/mentor forget-me`.");
            });
  }
}
