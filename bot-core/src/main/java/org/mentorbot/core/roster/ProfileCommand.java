package org.mentorbot.core.roster;

import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.command.UserRef;
import org.mentorbot.core.storage.TransactionMemo;

/**
 * {@code /mentor profile [@user]}. A member who blocked the caller looks exactly like a member who
 * is not on the roster, so a block is never revealed.
 */
final class ProfileCommand implements CommandHandler {

  private final Roster roster;

  ProfileCommand(Roster roster) {
    this.roster = roster;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("mentor", "profile");
  }

  @Override
  public Reply handle(CommandRequest request) {
    String self = request.actor().userId();
    String whose = request.options().user("user").map(UserRef::userId).orElse(self);
    return roster
        .context()
        .db()
        .read(
            h -> {
              if (whose.equals(self)) {
                Profile own = roster.requireOwn(h, request.invocation());
                boolean notices =
                    roster
                        .context()
                        .communities()
                        .find(h, request.community())
                        .map(id -> new RoundNotices().on(h, id, self))
                        .orElse(true);
                return Reply.privately(
                    ProfileView.renderOwn(
                        own,
                        roster.today(),
                        "Your profile.",
                        roster.settings(h, request.invocation()),
                        notices));
              }
              var communityId = roster.context().communities().find(h, request.community());
              boolean hidden =
                  communityId
                      .map(
                          id ->
                              TransactionMemo.attached(h, MemberDao.class)
                                  .blockedEitherWay(id, self, whose))
                      .orElse(false);
              Profile other =
                  roster
                      .profile(h, request.invocation(), whose)
                      .filter(Profile::onRoster)
                      .filter(p -> !hidden)
                      .orElseThrow(
                          () ->
                              new ProblemException(
                                  "<@" + whose + "> is not on the roster.",
                                  "Check the name, or try `/mentor find <topic>` to see mentors."));
              return Reply.privately(
                  ProfileView.render(
                      other, roster.today(), "", roster.settings(h, request.invocation())));
            });
  }
}
