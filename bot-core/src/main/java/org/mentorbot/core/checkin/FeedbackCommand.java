package org.mentorbot.core.checkin;

import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;

/**
 * {@code /mentor feedback @user rating:1-5 [comment:"..."]} and the 1–5 buttons of the feedback
 * prompt ({@code feedback:<pair>:<rating>}): confidential, one per pair and round.
 */
final class FeedbackCommand implements CommandHandler, ActionHandler {

  private final Checkins checkins;
  private final Feedback feedback;

  FeedbackCommand(Checkins checkins, Feedback feedback) {
    this.checkins = checkins;
    this.feedback = feedback;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("mentor", "feedback");
  }

  @Override
  public Reply handle(CommandRequest request) {
    String self = request.actor().userId();
    String about = request.options().user("user").orElseThrow().userId();
    int rating = request.options().integer("rating").orElseThrow();
    return checkins
        .context
        .db()
        .write(
            tx -> {
              long c = checkins.context.communities().idOf(tx, request.community());
              CheckinPair pair = feedback.requirePair(tx, c, self, about);
              return Reply.privately(
                  feedback.give(
                      tx,
                      request.community(),
                      pair,
                      self,
                      rating,
                      request.options().text("comment"),
                      checkins.now()));
            });
  }

  @Override
  public String prefix() {
    return "feedback";
  }

  @Override
  public Reply press(Invocation invocation, String argument) {
    String[] parts = argument.split(":", -1);
    if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("[1-5]")) {
      throw new ProblemException(
          "That feedback button is not one I know.", "Use `/mentor feedback @user rating:N`.");
    }
    String self = invocation.actor().userId();
    return checkins
        .context
        .db()
        .write(
            tx -> {
              CheckinPair pair =
                  checkins
                      .store
                      .find(tx, Long.parseLong(parts[0]))
                      .filter(
                          p ->
                              checkins
                                  .find(tx, invocation.community())
                                  .map(c -> c == p.communityId())
                                  .orElse(false))
                      .orElseThrow(
                          () ->
                              new ProblemException(
                                  "That match no longer exists.",
                                  "Use `/mentor feedback @user rating:N`."));
              return Reply.privately(
                  feedback.give(
                      tx,
                      invocation.community(),
                      pair,
                      self,
                      Integer.parseInt(parts[1]),
                      java.util.Optional.empty(),
                      checkins.now()));
            });
  }
}
