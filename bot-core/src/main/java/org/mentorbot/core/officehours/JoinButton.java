package org.mentorbot.core.officehours;

import java.util.List;
import java.util.Map;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.FormField;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.messaging.Message;

/**
 * The announcement's Join button ({@code oh-join:<session row id>}). It checks the member could
 * join (closed, paused, full, already queued, queue limit are refused now, before they type
 * anything) and answers with a form asking for the question the mentor needs; submitting it runs
 * {@code /queue join <number> question:"..."}, which checks everything again. Where no form can be
 * shown (the console) the answer is the exact {@code /queue join} to run.
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
              String intro =
                  "Office hours "
                      + session.label()
                      + " with "
                      + OfficeHours.mention(session.ownerId())
                      + ": "
                      + queue
                      + ".";
              return new Reply.Form(
                  "Join office hours #" + session.number(),
                  intro + " Only the mentors hosting this queue see your question.",
                  "Join the queue",
                  "queue",
                  "join",
                  Map.of("session", Integer.toString(session.number())),
                  List.of(
                      new FormField(
                          "question",
                          "What do you need help with?",
                          "A sentence or two, e.g. how do I size a thread pool?",
                          true,
                          OfficeHours.MAX_QUESTION,
                          true)),
                  Message.of(
                      intro
                          + " To join, tell them what you need help with: `/queue join "
                          + session.number()
                          + " question:\"...\"`."));
            });
  }

  static ProblemException stale() {
    return new ProblemException(
        "That button belongs to office hours that no longer exist.",
        "See `/officehours list` for the open ones.");
  }
}
