package org.mentorbot.core.asks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.Destination;

/**
 * The Accept ({@code ask-accept:<id>}) and Decline ({@code ask-decline:<id>}) buttons on the
 * mentor's DM. Only the mentor who was asked may press them, and only while the ask is open and
 * unexpired; any other press answers why and changes nothing.
 */
final class AskAnswer implements ActionHandler {

  private final Asks asks;
  private final boolean accept;

  AskAnswer(Asks asks, boolean accept) {
    this.asks = asks;
    this.accept = accept;
  }

  @Override
  public String prefix() {
    return accept ? AskMessages.ACCEPT : AskMessages.DECLINE;
  }

  @Override
  public Reply press(Invocation invocation, String argument) {
    long id = parseId(argument);
    CommunityId community = invocation.community();
    return asks.context()
        .db()
        .write(
            tx -> {
              Optional<Long> c = asks.context().communities().find(tx, community);
              Ask ask = c.flatMap(x -> asks.store().find(tx, x, id)).orElseThrow(AskAnswer::gone);
              if (!ask.mentorId().equals(invocation.actor().userId())) {
                throw new ProblemException(
                    "This ask isn't addressed to you.",
                    "Only the mentor who was asked can accept or decline it.");
              }
              Instant now = asks.now();
              if (!ask.open()) {
                throw new ProblemException(alreadyClosed(ask), "Nothing was changed.");
              }
              if (!now.isBefore(ask.expiresAt())) {
                throw new ProblemException(
                    "This ask expired before you answered.",
                    "Nothing was changed; <@" + ask.askerId() + "> can ask again.");
              }
              if (!asks.store()
                  .close(tx, ask, accept ? Ask.State.ACCEPTED : Ask.State.DECLINED, now)) {
                throw new IllegalStateException("ask " + id + " changed under the write lock");
              }
              asks.cancelExpiry(tx, community, ask);
              var outbox = asks.context().outbox();
              Destination asker = new Destination.DirectMessage(ask.askerId());
              if (accept) {
                outbox.enqueue(
                    tx,
                    community,
                    new Destination.Conversation(List.of(ask.askerId(), ask.mentorId())),
                    AskMessages.intro(ask),
                    ask.key("intro"));
                outbox.enqueue(
                    tx, community, asker, AskMessages.accepted(ask), ask.key("accepted"));
                return Reply.privately(
                    "Accepted — I've opened a conversation with <@" + ask.askerId() + ">.");
              }
              outbox.enqueue(
                  tx,
                  community,
                  asker,
                  AskMessages.declined(ask, asks.topicHint(tx, c.get(), ask)),
                  ask.key("declined"));
              return Reply.privately(
                  "Declined. <@"
                      + ask.askerId()
                      + "> gets a kind note without any details. Thanks for answering!");
            });
  }

  private static String alreadyClosed(Ask ask) {
    return switch (ask.state()) {
      case ACCEPTED -> "You already accepted this ask.";
      case DECLINED -> "You already declined this ask.";
      default -> "This ask expired before you answered.";
    };
  }

  private static long parseId(String argument) {
    try {
      return Long.parseLong(argument);
    } catch (NumberFormatException e) {
      throw gone();
    }
  }

  private static ProblemException gone() {
    return new ProblemException(
        "That ask no longer exists.", "The member may have left; nothing was changed.");
  }
}
