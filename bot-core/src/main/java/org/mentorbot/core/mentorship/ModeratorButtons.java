package org.mentorbot.core.mentorship;

import java.util.Optional;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.Authorizer;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;

/**
 * The buttons on moderator alerts about a mentorship: "I'll take it" records who handles it (the
 * next moderator to look sees it, in the reply and in {@code /round pairs}); "End mentorship" ends
 * it as a moderator's unpair would.
 */
final class ModeratorButtons implements ActionHandler {

  static final String PREFIX = "mship-mod";
  static final String TAKE = PREFIX + ":take";
  static final String END = PREFIX + ":end";

  private final Mentorships mentorships;
  private final Ending ending;

  ModeratorButtons(Mentorships mentorships, Ending ending) {
    this.mentorships = mentorships;
    this.ending = ending;
  }

  @Override
  public String prefix() {
    return PREFIX;
  }

  @Override
  public Reply press(Invocation invocation, String argument) {
    String[] parts = argument.split(":", -1);
    if (parts.length != 2
        || !(parts[0].equals("take") || parts[0].equals("end"))
        || !parts[1].matches("\\d{1,18}")) {
      throw new ProblemException("That button is not one I know.", "`/round pairs` lists them.");
    }
    String self = invocation.actor().userId();
    return mentorships
        .context
        .db()
        .write(
            tx -> {
              long c = mentorships.context.communities().idOf(tx, invocation.community());
              if (!Authorizer.isModerator(
                  invocation.actor(),
                  mentorships.context.settings().load(tx, invocation.community()))) {
                throw new ProblemException(
                    "Only moderators can use this button.", "Ask a moderator to look at it.");
              }
              Mentorship m =
                  mentorships
                      .store
                      .find(tx, Long.parseLong(parts[1]))
                      .filter(x -> x.communityId() == c)
                      .orElseThrow(
                          () ->
                              new ProblemException(
                                  "That mentorship no longer exists.",
                                  "`/round pairs` lists the running ones."));
              if (parts[0].equals("end")) {
                return Reply.privately(
                    ending.byModerator(tx, invocation.community(), m, self, Optional.empty()));
              }
              Optional<String> before = mentorships.store.take(tx, m.id(), self);
              return Reply.privately(
                  before
                      .filter(b -> !b.equals(self))
                      .map(
                          b ->
                              Mentorship.at(b)
                                  + " already took this one; you are now noted as handling it"
                                  + " instead.")
                      .orElse("Noted: you are handling this one. Other moderators see that."));
            });
  }
}
