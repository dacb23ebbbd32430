package org.mentorbot.core.roster;

import java.time.LocalDate;
import java.util.Optional;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;

/** {@code /mentor pause [until:DATE]}: no matching and no nudges while paused. */
final class PauseCommand implements CommandHandler {

  private final Roster roster;

  PauseCommand(Roster roster) {
    this.roster = roster;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("mentor", "pause");
  }

  @Override
  public Reply handle(CommandRequest request) {
    Optional<LocalDate> until = request.options().date("until");
    LocalDate today = roster.today();
    if (until.isPresent() && until.get().isBefore(today)) {
      throw new ProblemException(
          "`until:` " + until.get() + " is in the past.",
          "Pick today or a later day, or leave it out.");
    }
    if (until.isPresent() && until.get().isAfter(today.plusYears(1))) {
      throw new ProblemException(
          "`until:` can be at most a year ahead.", "Pick an earlier day, or pause without a date.");
    }
    return roster
        .context()
        .db()
        .write(
            tx -> {
              Profile p = roster.requireOwn(tx, request.invocation());
              roster
                  .store()
                  .save(
                      tx,
                      roster.communityId(tx, request.invocation()),
                      ProfileChanges.withPause(p, true, until));
              return Reply.privately(
                  "Paused "
                      + until.map(d -> "until " + d).orElse("until you `/mentor resume`")
                      + ". You won't be matched or nudged meanwhile.");
            });
  }
}
