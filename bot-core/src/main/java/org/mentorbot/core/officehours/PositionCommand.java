package org.mentorbot.core.officehours;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Reply;

/** {@code /queue position [session]}: place and estimated wait in one or all of my queues. */
final class PositionCommand implements CommandHandler {

  private final Services s;

  PositionCommand(Services services) {
    this.s = services;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("queue", "position");
  }

  @Override
  public Reply handle(CommandRequest request) {
    Optional<String> named = SessionRefs.blankToEmpty(request.options().text("session"));
    OfficeHours oh = s.oh();
    String userId = request.actor().userId();
    return oh.context()
        .db()
        .read(
            h -> {
              Optional<Long> cid = oh.findCommunity(h, request.community());
              if (named.isPresent()) {
                Session session =
                    s.refs()
                        .resolve(
                            h,
                            cid.orElseThrow(
                                () ->
                                    new org.mentorbot.core.command.ProblemException(
                                        "There is no office-hours session `"
                                            + org.mentorbot.core.text.SafeText.of(named.get())
                                            + "`.",
                                        "See `/officehours list`.")),
                            named.get());
                Entry entry =
                    s.membership().ownEntry(h, session.communityId(), userId, Optional.of(session));
                return Reply.privately(line(h, session, entry));
              }
              List<Entry> mine =
                  cid.map(c -> oh.entries().openOfMember(h, c, userId)).orElse(List.of());
              if (mine.isEmpty()) {
                return Reply.privately(
                    "You are not in any office-hours queue. Join one with `/queue join <session>"
                        + " question:\"...\"`.");
              }
              List<String> lines = new ArrayList<>();
              for (Entry entry : mine) {
                lines.add(line(h, oh.sessions().byId(h, entry.sessionId()).orElseThrow(), entry));
              }
              return Reply.privately(String.join("\n", lines));
            });
  }

  private String line(Handle h, Session session, Entry entry) {
    if (entry.state() == EntryState.CALLED) {
      return session.label()
          + ": it's your turn now with "
          + OfficeHours.mention(entry.calledBy().orElse(session.ownerId()))
          + ".";
    }
    return session.label()
        + " with "
        + OfficeHours.mention(session.ownerId())
        + ": "
        + s.waits().describe(h, session, entry)
        + ".";
  }
}
