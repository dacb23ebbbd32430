package org.mentorbot.core.officehours;

import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;

/**
 * The announcement's Join button ({@code oh-join:<session row id>}). A button cannot carry the
 * question the mentor needs, so it checks the member could join (closed, full, already queued,
 * queue limit are refused now) and answers with the exact {@code /queue join} to run.
 */
final class JoinButton implements ActionHandler {

  private final Services s;

  JoinButton(Services services) {
    this.s = services;
  }

  @Override
  public String prefix() {
    return "oh-join";
  }

  @Override
  public Reply press(Invocation invocation, String argument) {
    OfficeHours oh = s.oh();
    return oh.context()
        .db()
        .read(
            h -> {
              Session session = OfficeHoursFeature.sessionOfButton(h, oh, invocation, argument);
              s.membership()
                  .checkCanJoin(
                      h,
                      session.communityId(),
                      invocation.community(),
                      session,
                      invocation.actor().userId());
              int waiting = oh.entries().waitingCount(h, session.id());
              String queue =
                  waiting == 0
                      ? "Nobody is waiting yet"
                      : waiting
                          + " waiting (estimated wait "
                          + OfficeHours.minutes(s.waits().estimate(h, session, waiting))
                          + ")";
              return Reply.privately(
                  "Office hours "
                      + session.label()
                      + " with "
                      + OfficeHours.mention(session.ownerId())
                      + ": "
                      + queue
                      + ". To join, tell them what you need help with: `/queue join "
                      + session.number()
                      + " question:\"...\"`.");
            });
  }

  static ProblemException stale() {
    return new ProblemException(
        "That button belongs to office hours that no longer exist.",
        "See `/officehours list` for the open ones.");
  }
}
