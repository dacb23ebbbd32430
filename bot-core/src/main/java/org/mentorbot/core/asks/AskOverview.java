package org.mentorbot.core.asks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.feature.OverviewSection;
import org.mentorbot.core.messaging.Field;
import org.mentorbot.core.text.SafeText;

/** The member's open asks, sent and received, for the overview (Slack App Home). */
final class AskOverview implements OverviewSection {

  private static final int QUESTION_CHARS = 60;

  private final Asks asks;

  AskOverview(Asks asks) {
    this.asks = asks;
  }

  @Override
  public Optional<Field> render(Invocation invocation) {
    String self = invocation.actor().userId();
    List<Ask> open =
        asks
            .context()
            .db()
            .read(
                h ->
                    asks.context()
                        .communities()
                        .find(h, invocation.community())
                        .map(c -> asks.store().involving(h, c, self))
                        .orElse(List.of()))
            .stream()
            .filter(Ask::open)
            .toList();
    if (open.isEmpty()) {
      return Optional.empty();
    }
    Instant now = asks.now();
    StringBuilder text = new StringBuilder();
    for (Ask ask : open) {
      boolean sent = ask.askerId().equals(self);
      text.append(text.length() == 0 ? "" : "\n")
          .append(
              sent ? "You asked <@" + ask.mentorId() + ">" : "<@" + ask.askerId() + "> asked you")
          .append(": “")
          .append(SafeText.clip(SafeText.of(ask.question()), QUESTION_CHARS))
          .append("” · expires ")
          .append(AskMessages.in(ask.expiresAt(), now));
    }
    return Optional.of(new Field("Open asks", text.toString()));
  }
}
