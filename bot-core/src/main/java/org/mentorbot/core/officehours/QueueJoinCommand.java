package org.mentorbot.core.officehours;

import java.util.Optional;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Reply;

/** {@code /queue join [session] question:"..."}: the reply gives position and estimated wait. */
final class QueueJoinCommand implements CommandHandler {

  private final Services s;

  QueueJoinCommand(Services services) {
    this.s = services;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("queue", "join");
  }

  @Override
  public Reply handle(CommandRequest request) {
    String question =
        QueueMembership.checkQuestion(request.options().text("question").orElseThrow());
    Optional<String> named = SessionRefs.blankToEmpty(request.options().text("session"));
    OfficeHours oh = s.oh();
    return oh.context()
        .db()
        .write(
            tx -> {
              long cid = oh.communityId(tx, request.community());
              Session session =
                  named.isPresent()
                      ? s.refs().resolve(tx, cid, named.get())
                      : s.refs().onlyOpen(tx, cid);
              return Reply.privately(
                  s.membership()
                      .join(tx, request.community(), session, request.actor().userId(), question));
            });
  }
}
