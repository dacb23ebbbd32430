package org.mentorbot.core.roster;

import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.storage.TransactionMemo;

/**
 * {@code /mentor block @user} and {@code /mentor unblock @user}; the other member is never told.
 */
final class BlockCommand implements CommandHandler {

  private final Roster roster;
  private final boolean block;

  BlockCommand(Roster roster, boolean block) {
    this.roster = roster;
    this.block = block;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("mentor", block ? "block" : "unblock");
  }

  @Override
  public Reply handle(CommandRequest request) {
    String self = request.actor().userId();
    String other = request.options().user("user").orElseThrow().userId();
    if (other.equals(self)) {
      throw new ProblemException(
          "You can't " + (block ? "block" : "unblock") + " yourself.", "Name another member.");
    }
    return roster
        .context()
        .db()
        .write(
            tx -> {
              long c = roster.communityId(tx, request.invocation());
              MemberDao dao = TransactionMemo.attached(tx, MemberDao.class);
              if (block) {
                dao.block(c, self, other, roster.context().clock().millis());
                int ended = roster.departures().blocked(tx, request.community(), self, other);
                return Reply.privately(
                    "Blocked <@"
                        + other
                        + ">. You will never be matched with them and they won't"
                        + " see you in searches. They are not told."
                        + (ended > 0
                            ? " Your mentorship with them has ended; they only hear that it"
                                + " ended."
                            : ""));
              }
              if (dao.unblock(c, self, other) == 0) {
                throw new ProblemException(
                    "You have not blocked <@" + other + ">.", "Nothing to undo.");
              }
              return Reply.privately("Unblocked <@" + other + ">.");
            });
  }
}
