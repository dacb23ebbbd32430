package org.mentorbot.core.matching;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;

/** {@code /round cancel}: calls off the open round; everyone who joined is told. */
final class CancelCommand implements CommandHandler {

  private final Rounds rounds;

  CancelCommand(Rounds rounds) {
    this.rounds = rounds;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("round", "cancel");
  }

  @Override
  public Reply handle(CommandRequest request) {
    return rounds
        .context
        .db()
        .write(
            tx -> {
              Round round = cancel(tx, request.community(), "A moderator called it off.");
              return Reply.privately(
                  "Round "
                      + round.number()
                      + " is cancelled; nothing was matched and everyone who joined was told.");
            });
  }

  /** Cancels the open round (guarded like publish) and tells its participants and channel. */
  Round cancel(Handle tx, CommunityId community, String why) {
    long c = rounds.communityId(tx, community);
    long id =
        rounds
            .rounds
            .leaveOpen(tx, c, RoundState.CANCELLED, rounds.now())
            .orElseThrow(() -> rounds.noOpenRound(tx, community));
    Round round = rounds.rounds.byId(tx, id).orElseThrow();
    Message note =
        Message.builder(why + " Nobody was matched; watch for the next round.")
            .title("Round " + round.number() + " is cancelled")
            .build();
    Set<String> told = new LinkedHashSet<>();
    for (Participant p : rounds.rounds.participants(tx, id)) {
      if (told.add(p.userId())) {
        rounds
            .context
            .outbox()
            .enqueue(
                tx,
                community,
                new Destination.DirectMessage(p.userId()),
                note,
                "round-cancelled:" + id + ":" + p.userId());
      }
    }
    rounds.announce(tx, community, rounds.settings(tx, community), note, "round-cancelled:" + id);
    return round;
  }
}
