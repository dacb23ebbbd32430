package org.mentorbot.core.matching;

import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Reply;

/** {@code /round preview}: the plan publish would commit now, without storing or sending. */
final class PreviewCommand implements CommandHandler {

  private final Rounds rounds;

  PreviewCommand(Rounds rounds) {
    this.rounds = rounds;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("round", "preview");
  }

  @Override
  public Reply handle(CommandRequest request) {
    return rounds
        .context
        .db()
        .read(
            h -> {
              Round round = rounds.requireOpen(h, request.community());
              Plan plan = rounds.planner.plan(h, round, rounds.settings(h, request.community()));
              return Reply.privately(
                  PlanView.render(
                      plan,
                      "Preview of round " + round.number() + " — nothing is sent yet",
                      "If you publish now, these are the matches (sign-up closes "
                          + Times.utc(round.signupClosesAt())
                          + "). `/round publish` commits them and sends the intros."));
            });
  }
}
