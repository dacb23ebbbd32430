package org.mentorbot.core.officehours;

import java.util.Optional;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Reply;

/** {@code /queue leave [session]}: gives up the caller's place; nobody else moves back. */
final class QueueLeaveCommand implements CommandHandler {

  private final Services s;

  QueueLeaveCommand(Services services) {
    this.s = services;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("queue", "leave");
  }

  @Override
  public Reply handle(CommandRequest request) {
    Optional<String> named = SessionRefs.blankToEmpty(request.options().text("session"));
    OfficeHours oh = s.oh();
    String userId = request.actor().userId();
    return oh.context()
        .db()
        .write(
            tx -> {
              long cid = oh.communityId(tx, request.community());
              Optional<Session> session = named.map(n -> s.refs().resolve(tx, cid, n));
              Entry entry = s.membership().ownEntry(tx, cid, userId, session);
              return Reply.privately(s.membership().leave(tx, request.community(), entry));
            });
  }
}
