package org.mentorbot.core.officehours;

import java.time.Duration;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Reply;

/** {@code /officehours next}: finishes the current turn and calls the first person waiting. */
final class NextCommand implements CommandHandler {

  private final Services s;

  NextCommand(Services services) {
    this.s = services;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("officehours", "next");
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
              Serving.Called result = s.serving().next(tx, request.community(), session, userId);
              String done =
                  result.finished().isEmpty()
                      ? ""
                      : "Finished with "
                          + OfficeHours.mention(result.finished().get(0).userId())
                          + ". ";
              if (result.called().isEmpty()) {
                return Reply.privately(
                    done
                        + "Nobody is waiting in "
                        + session.label()
                        + ". I'll message you when someone joins.");
              }
              Entry called = result.called().get();
              Duration waited =
                  Duration.between(called.joinedAt(), called.calledAt().orElseThrow());
              return Reply.privately(
                  done
                      + "Next: "
                      + OfficeHours.mention(called.userId())
                      + " (waited "
                      + (waited.toMinutes() < 1 ? "under a minute" : waited.toMinutes() + " min")
                      + ") asks: "
                      + Serving.question(called)
                      + ". They have "
                      + oh.settings(tx, request.community()).noShowMinutes()
                      + " minutes to answer. "
                      + result.stillWaiting()
                      + " still waiting.");
            });
  }
}
