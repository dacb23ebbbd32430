package org.mentorbot.core.officehours;

import java.util.Optional;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Reply;

/**
 * {@code /officehours close}: stops the caller serving; the session closes when no host is left,
 * and everyone still waiting is told and offered the next session.
 */
final class CloseCommand implements CommandHandler {

  private final Services s;

  CloseCommand(Services services) {
    this.s = services;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("officehours", "close");
  }

  @Override
  public Reply handle(CommandRequest request) {
    OfficeHours oh = s.oh();
    String userId = request.actor().userId();
    return oh.context()
        .db()
        .write(
            tx -> {
              long cid = oh.communityId(tx, request.community());
              Session session = s.requireServing(tx, cid, userId);
              Optional<Lifecycle.Closed> closed =
                  s.lifecycle().stopServing(tx, request.community(), session, userId);
              if (closed.isEmpty()) {
                return Reply.privately(
                    "You stopped serving "
                        + session.label()
                        + "; the other mentors keep its queue going.");
              }
              Lifecycle.Closed c = closed.get();
              return Reply.privately(
                  "Closed office hours "
                      + session.label()
                      + ": "
                      + c.served()
                      + " served, "
                      + c.noShows()
                      + " skipped"
                      + (c.told() == 0
                          ? ", nobody left waiting."
                          : "; I told the " + c.told() + " still waiting.")
                      + " Thank you!");
            });
  }
}
