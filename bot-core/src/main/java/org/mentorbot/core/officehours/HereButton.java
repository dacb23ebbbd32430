package org.mentorbot.core.officehours;

import java.util.Optional;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;

/** The "I'm here" button on the your-turn message ({@code oh-here:<entry id>}). */
final class HereButton implements ActionHandler {

  private final Services s;

  HereButton(Services services) {
    this.s = services;
  }

  @Override
  public String prefix() {
    return "oh-here";
  }

  @Override
  public Reply press(Invocation invocation, String argument) {
    OfficeHours oh = s.oh();
    return oh.context()
        .db()
        .write(
            tx -> {
              Optional<Long> cid = oh.findCommunity(tx, invocation.community());
              Entry entry =
                  OfficeHoursFeature.parseId(argument)
                      .flatMap(id -> oh.entries().byId(tx, id))
                      .filter(e -> e.userId().equals(invocation.actor().userId()))
                      .filter(
                          e ->
                              cid.isPresent()
                                  && oh.sessions()
                                      .byId(tx, e.sessionId())
                                      .map(x -> x.communityId() == cid.get())
                                      .orElse(false))
                      .orElseThrow(
                          () ->
                              new ProblemException(
                                  "That button isn't for you or is no longer active.",
                                  "`/queue position` shows your queues."));
              return Reply.privately(s.serving().confirm(tx, invocation.community(), entry));
            });
  }
}
