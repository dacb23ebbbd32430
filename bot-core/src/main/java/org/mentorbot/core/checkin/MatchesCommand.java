package org.mentorbot.core.checkin;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.feature.OverviewSection;
import org.mentorbot.core.messaging.Field;
import org.mentorbot.core.messaging.Message;

/**
 * {@code /mentor matches}: the member's current matches with their check-in state, and the same as
 * the "Check-ins" overview section.
 */
final class MatchesCommand implements CommandHandler, OverviewSection {

  private final Checkins checkins;

  MatchesCommand(Checkins checkins) {
    this.checkins = checkins;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("mentor", "matches");
  }

  @Override
  public Reply handle(CommandRequest request) {
    return checkins
        .context
        .db()
        .read(
            h -> {
              List<String> lines = lines(h, request.invocation());
              if (lines.isEmpty()) {
                return Reply.privately(
                    "You have no current mentorship. Join the next round with `/round join` when"
                        + " it opens.");
              }
              return Reply.privately(
                  Message.builder(String.join("\n", lines)).title("Your matches").build());
            });
  }

  @Override
  public Optional<Field> render(Invocation invocation) {
    return checkins
        .context
        .db()
        .read(
            h -> {
              List<String> lines = lines(h, invocation);
              return lines.isEmpty()
                  ? Optional.<Field>empty()
                  : Optional.of(new Field("Check-ins", String.join("\n", lines)));
            });
  }

  private List<String> lines(Handle h, Invocation invocation) {
    String self = invocation.actor().userId();
    return checkins
        .find(h, invocation.community())
        .map(c -> checkins.store.ofMember(h, c, self))
        .orElse(List.of())
        .stream()
        .filter(CheckinPair::active)
        .map(p -> "• " + seat(p, self) + ": " + p.state())
        .toList();
  }

  private static String seat(CheckinPair p, String self) {
    if (p.circle()) {
      return "in " + p.withWhom(self);
    }
    return (p.mentorId().equals(java.util.Optional.of(self)) ? "mentor of " : "mentee of ")
        + NudgeMessages.at(p.partnerOf(self));
  }
}
