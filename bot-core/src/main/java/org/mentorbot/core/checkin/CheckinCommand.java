package org.mentorbot.core.checkin;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.command.UserRef;

/**
 * {@code /mentor checkin <answer> [with:@user] [note:"..."]} and the answer buttons of every nudge
 * ({@code checkin:<pair>:<answer>}); only the pair's two members may answer.
 */
final class CheckinCommand implements CommandHandler, ActionHandler {

  private final Checkins checkins;

  CheckinCommand(Checkins checkins) {
    this.checkins = checkins;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("mentor", "checkin");
  }

  @Override
  public Reply handle(CommandRequest request) {
    String self = request.actor().userId();
    CheckinAnswer answer =
        CheckinAnswer.parse(request.options().text("answer").orElseThrow()).orElseThrow();
    Optional<String> with = request.options().user("with").map(UserRef::userId);
    Optional<String> note = request.options().text("note");
    return checkins
        .context
        .db()
        .write(
            tx -> {
              checkins.context.communities().idOf(tx, request.community());
              List<CheckinPair> active = checkins.requireActive(tx, request.community(), self);
              CheckinPair pair;
              if (with.isPresent()) {
                pair =
                    active.stream()
                        .filter(p -> p.involves(with.get()) && !with.get().equals(self))
                        .findFirst()
                        .orElseThrow(
                            () ->
                                new ProblemException(
                                    "You have no active mentorship with "
                                        + NudgeMessages.at(with.get())
                                        + ".",
                                    "Your matches: " + partners(active, self) + "."));
              } else if (active.size() > 1) {
                throw new ProblemException(
                    "You have " + active.size() + " mentorships; which one is this about?",
                    "Add `with:@user`: " + partners(active, self) + ".");
              } else {
                pair = active.get(0);
              }
              return Reply.privately(
                  checkins.answer(tx, request.community(), pair, self, answer, note));
            });
  }

  @Override
  public String prefix() {
    return "checkin";
  }

  @Override
  public Reply press(Invocation invocation, String argument) {
    String[] parts = argument.split(":", -1);
    Optional<CheckinAnswer> answer =
        parts.length == 2 ? CheckinAnswer.parse(parts[1]) : Optional.empty();
    if (answer.isEmpty() || !parts[0].matches("\\d{1,18}")) {
      throw new ProblemException(
          "That check-in button is not one I know.", "Use `/mentor checkin <answer>`.");
    }
    String self = invocation.actor().userId();
    return checkins
        .context
        .db()
        .write(
            tx -> {
              checkins.context.communities().idOf(tx, invocation.community());
              Optional<CheckinPair> pair =
                  checkins
                      .store
                      .find(tx, Long.parseLong(parts[0]))
                      .filter(
                          p ->
                              checkins
                                  .find(tx, invocation.community())
                                  .map(c -> c == p.communityId())
                                  .orElse(false));
              if (pair.isEmpty() || !pair.get().involves(self)) {
                throw new ProblemException(
                    "Only the members of this mentorship can answer its check-in.",
                    "Use the buttons in your own messages, or `/mentor checkin <answer>`.");
              }
              return Reply.privately(
                  checkins.answer(
                      tx,
                      invocation.community(),
                      pair.get(),
                      self,
                      answer.get(),
                      Optional.empty()));
            });
  }

  private static String partners(List<CheckinPair> pairs, String self) {
    return pairs.stream()
        .map(p -> "`with:@" + p.partnerOf(self) + "`")
        .collect(Collectors.joining(", "));
  }
}
