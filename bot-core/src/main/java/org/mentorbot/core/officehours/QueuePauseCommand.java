package org.mentorbot.core.officehours;

import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;

/**
 * {@code /officehours pause} and {@code resume}: the host freezes the queue of the session they
 * serve — nobody new may join, the people waiting are still served — and opens it again.
 */
final class QueuePauseCommand implements CommandHandler {

  private final Services s;
  private final boolean pause;

  QueuePauseCommand(Services services, boolean pause) {
    this.s = services;
    this.pause = pause;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("officehours", pause ? "pause" : "resume");
  }

  @Override
  public Reply handle(CommandRequest request) {
    OfficeHours oh = s.oh();
    return oh.context()
        .db()
        .write(
            tx -> {
              long cid = oh.communityId(tx, request.community());
              Session session = s.requireServing(tx, cid, request.actor().userId());
              if (oh.sessions().paused(tx, session.id()) == pause) {
                throw new ProblemException(
                    "The queue of "
                        + session.label()
                        + " is already "
                        + (pause ? "paused" : "open")
                        + ".",
                    pause
                        ? "`/officehours resume` lets people join again."
                        : "`/officehours pause` stops new joins.");
              }
              oh.sessions().setPaused(tx, session.id(), pause);
              int waiting = oh.entries().inState(tx, session.id(), EntryState.WAITING).size();
              return Reply.privately(
                  pause
                      ? "The queue of "
                          + session.label()
                          + " is paused: nobody new can join. "
                          + (waiting == 1
                              ? "The 1 person waiting is"
                              : "The " + waiting + " people waiting are")
                          + " still yours to serve with `/officehours next`."
                          + " `/officehours resume` opens it again."
                      : "The queue of " + session.label() + " is open again: people can join.");
            });
  }
}
