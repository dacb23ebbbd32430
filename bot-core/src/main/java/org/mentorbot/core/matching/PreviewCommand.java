package org.mentorbot.core.matching;

import java.util.Optional;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.Authorizer;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.Reply;

/**
 * {@code /round preview} and the Preview button on the moderators' "sign-up closed" notice ({@code
 * round-preview:<roundId>}): the plan publish would commit now, without storing or sending.
 */
final class PreviewCommand implements CommandHandler, ActionHandler {

  static final String ACTION = "round-preview";

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
    return preview(request.invocation(), Optional.empty());
  }

  @Override
  public String prefix() {
    return ACTION;
  }

  @Override
  public Reply press(Invocation invocation, String argument) {
    return preview(invocation, Optional.of(SignupClosed.roundId(argument)));
  }

  private Reply preview(Invocation invocation, Optional<Long> roundId) {
    return rounds
        .context
        .db()
        .read(
            h -> {
              // Buttons skip the router's check, so moderators-only is enforced here too.
              Authorizer.check(
                  spec(), invocation.actor(), rounds.settings(h, invocation.community()));
              Round round = rounds.requireOpen(h, invocation.community());
              SignupClosed.requireSame(round, roundId);
              Plan plan = rounds.planner.plan(h, round, rounds.settings(h, invocation.community()));
              boolean closed = !rounds.now().isBefore(round.signupClosesAt());
              return Reply.privately(
                  PlanView.render(
                      plan,
                      "Preview of round " + round.number() + " — nothing is sent yet",
                      "If you publish now, these are the matches (sign-up "
                          + (closed ? "closed " : "closes ")
                          + Times.utc(round.signupClosesAt())
                          + "). `/round publish` commits them and sends the intros."));
            });
  }
}
