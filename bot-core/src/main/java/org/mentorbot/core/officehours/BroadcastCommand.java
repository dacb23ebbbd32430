package org.mentorbot.core.officehours;

import java.util.ArrayList;
import java.util.List;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.text.SafeText;

/** {@code /officehours broadcast message:"..."}: a DM to everyone waiting or being served. */
final class BroadcastCommand implements CommandHandler {

  private final Services s;

  BroadcastCommand(Services services) {
    this.s = services;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("officehours", "broadcast");
  }

  @Override
  public Reply handle(CommandRequest request) {
    String text = request.options().text("message").orElseThrow().strip();
    if (text.isEmpty() || text.length() > 1000) {
      throw new ProblemException(
          "A broadcast needs 1 to 1000 characters.", "Write `message:\"...\"`.");
    }
    if (SafeText.hasMassMention(text)) {
      throw new ProblemException(
          "A broadcast can't mention @everyone, @here or a role.", "Remove the mention.");
    }
    OfficeHours oh = s.oh();
    String userId = request.actor().userId();
    return oh.context()
        .db()
        .write(
            tx -> {
              long cid = oh.communityId(tx, request.community());
              Session session = s.requireServing(tx, cid, userId);
              List<Entry> audience =
                  new ArrayList<>(oh.entries().inState(tx, session.id(), EntryState.CALLED));
              audience.addAll(oh.entries().inState(tx, session.id(), EntryState.WAITING));
              if (audience.isEmpty()) {
                throw new ProblemException(
                    "Nobody is waiting in " + session.label() + ", so nothing was sent.", "");
              }
              int n = oh.sessions().nextBroadcast(tx, session.id());
              Message message =
                  Message.of(
                      "Message from "
                          + OfficeHours.mention(userId)
                          + " for everyone in office hours "
                          + session.label()
                          + ": "
                          + SafeText.of(text));
              for (Entry e : audience) {
                oh.dm(
                    tx,
                    request.community(),
                    e.userId(),
                    message,
                    "oh-broadcast:" + session.id() + ":" + n + ":" + e.userId());
              }
              return Reply.privately(
                  "Sent to " + audience.size() + (audience.size() == 1 ? " person." : " people."));
            });
  }
}
