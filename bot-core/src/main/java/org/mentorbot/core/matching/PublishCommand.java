package org.mentorbot.core.matching;

import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Reply;

/** {@code /round publish}: commits the open round's matches and sends the intros, once. */
final class PublishCommand implements CommandHandler {

  private final Rounds rounds;
  private final RoundPublisher publisher;

  PublishCommand(Rounds rounds, RoundPublisher publisher) {
    this.rounds = rounds;
    this.publisher = publisher;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("round", "publish");
  }

  @Override
  public Reply handle(CommandRequest request) {
    Plan plan = rounds.context.db().write(tx -> publisher.publish(tx, request.community()));
    Round round = plan.round();
    String made =
        round.circles()
            ? plan.circles().size() + (plan.circles().size() == 1 ? " circle" : " circles")
            : plan.pairs().size()
                + (plan.pairs().size() == 1 ? " pair" : " pairs")
                + (plan.unmatched().isEmpty()
                    ? ""
                    : ", " + plan.unmatched().size() + " waitlisted for next round");
    return Reply.privately(
        PlanView.render(
            plan,
            "Round " + round.number() + " is published",
            made
                + ". Intros are on their way; each mentorship runs on its own from today"
                + " (`/round pairs` lists them)."));
  }
}
