package org.mentorbot.core.mentorship;

import java.util.List;
import java.util.Optional;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;

/**
 * {@code /mentor end @partner reason:goal-reached|not-a-fit|no-time|other [note:"..."]}, and the
 * reason buttons a check-in's End answer offers ({@code end:<mentorship>:<reason>}).
 */
final class EndCommand implements CommandHandler, ActionHandler {

  static final List<String> REASONS = List.of("goal-reached", "not-a-fit", "no-time", "other");

  private final Mentorships mentorships;
  private final Ending ending;

  EndCommand(Mentorships mentorships, Ending ending) {
    this.mentorships = mentorships;
    this.ending = ending;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("mentor", "end");
  }

  @Override
  public Reply handle(CommandRequest request) {
    String self = request.actor().userId();
    String partner = request.options().user("partner").orElseThrow().userId();
    String reason = request.options().text("reason").orElseThrow();
    Optional<String> note = request.options().text("note");
    if (partner.equals(self)) {
      throw new ProblemException(
          "Name the member you are in a mentorship with, not yourself.",
          "`/mentor matches` lists them.");
    }
    return mentorships
        .context
        .db()
        .write(
            tx -> {
              long c = mentorships.context.communities().idOf(tx, request.community());
              List<Mentorship> between = mentorships.runningBetween(tx, c, self, partner);
              if (between.isEmpty()) {
                throw new ProblemException(
                    "You have no running mentorship with " + Mentorship.at(partner) + ".",
                    "`/mentor matches` lists your mentorships.");
              }
              return Reply.privately(
                  ending.byMember(tx, request.community(), between.get(0), self, reason, note));
            });
  }

  @Override
  public String prefix() {
    return "end";
  }

  @Override
  public Reply press(Invocation invocation, String argument) {
    String[] parts = argument.split(":", -1);
    if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !REASONS.contains(parts[1])) {
      throw new ProblemException(
          "That button is not one I know.", "Use `/mentor end @partner reason:<why>`.");
    }
    String self = invocation.actor().userId();
    return mentorships
        .context
        .db()
        .write(
            tx -> {
              long c = mentorships.context.communities().idOf(tx, invocation.community());
              Mentorship m =
                  mentorships
                      .store
                      .find(tx, Long.parseLong(parts[0]))
                      .filter(x -> x.communityId() == c && x.involves(self))
                      .orElseThrow(
                          () ->
                              new ProblemException(
                                  "Only the members of this mentorship can end it.",
                                  "Use `/mentor end @partner reason:<why>`."));
              return Reply.privately(
                  ending.byMember(tx, invocation.community(), m, self, parts[1], Optional.empty()));
            });
  }
}
