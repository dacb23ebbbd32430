package org.mentorbot.core.asks;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.messaging.Destination;

/**
 * {@code /mentor ask @mentor question:"..."}: stores an open ask, DMs the mentor with Accept /
 * Decline and schedules its expiry, all in one transaction. Every refusal throws inside it, so a
 * refused ask leaves no row, message or job behind.
 */
final class AskCommand implements CommandHandler {

  private final Asks asks;

  AskCommand(Asks asks) {
    this.asks = asks;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("mentor", "ask");
  }

  @Override
  public Reply handle(CommandRequest request) {
    String self = request.actor().userId();
    String mentorId = request.options().user("mentor").orElseThrow().userId();
    // The binder already refused empty, overlong, control-character and mass-mention text.
    String question = request.options().text("question").orElseThrow();
    if (mentorId.equals(self)) {
      throw new ProblemException(
          "You can't ask yourself.", "Name a mentor — `/mentor find <topic>` lists them.");
    }
    return asks.context()
        .db()
        .write(
            tx -> {
              long c = asks.context().communities().idOf(tx, request.community());
              Instant now = asks.now();
              if (!asks.available(tx, c, self, mentorId)) {
                throw Asks.notAvailable(mentorId);
              }
              Optional<ZoneId> myZone = asks.zoneOf(tx, c, self);
              Optional<Ask> pending = asks.store().openBetween(tx, c, self, mentorId);
              if (pending.isPresent()) {
                throw new ProblemException(
                    "You already have an open ask to <@" + mentorId + ">.",
                    "Wait for their answer; it expires "
                        + AskMessages.when(pending.get().expiresAt(), myZone, now)
                        + ".");
              }
              CommunitySettings settings = asks.context().settings().load(tx, request.community());
              List<Ask> open = asks.store().openFrom(tx, c, self);
              if (open.size() >= settings.askLimit()) {
                Ask oldest = open.get(0);
                throw new ProblemException(
                    "You have "
                        + open.size()
                        + (open.size() == 1 ? " open ask" : " open asks")
                        + ", the most one member may have here ("
                        + settings.askLimit()
                        + ").",
                    "Wait for an answer: your oldest, to <@"
                        + oldest.mentorId()
                        + ">, expires "
                        + AskMessages.when(oldest.expiresAt(), myZone, now)
                        + ".");
              }
              Instant expires = now.plus(Duration.ofHours(settings.askExpiryHours()));
              Ask ask = asks.store().insert(tx, c, self, mentorId, question, now, expires);
              asks.context()
                  .outbox()
                  .enqueue(
                      tx,
                      request.community(),
                      new Destination.DirectMessage(mentorId),
                      AskMessages.request(
                          ask, asks.profile(tx, c, self), asks.zoneOf(tx, c, mentorId)),
                      ask.key("request"));
              asks.scheduleExpiry(tx, request.community(), ask);
              return Reply.privately(
                  "Asked <@"
                      + mentorId
                      + ">. They get your question with Accept / Decline, and I'll tell you"
                      + " their answer. If they haven't answered by "
                      + AskMessages.when(expires, myZone, now)
                      + ", the ask expires.");
            });
  }
}
