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
 * {@code /round publish} and the Publish button on the moderators' "sign-up closed" notice ({@code
 * round-publish:<roundId>}): commits the open round's matches and sends the intros, once.
 */
final class PublishCommand implements CommandHandler, ActionHandler {

  static final String ACTION = "round-publish";

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
    return publish(request.invocation(), Optional.empty());
  }

  @Override
  public String prefix() {
    return ACTION;
  }

  @Override
  public Reply press(Invocation invocation, String argument) {
    return publish(invocation, Optional.of(SignupClosed.roundId(argument)));
  }

  private Reply publish(Invocation invocation, Optional<Long> roundId) {
    Plan plan =
        rounds
            .context
            .db()
            .write(
                tx -> {
                  // Buttons skip the router's check, so moderators-only is enforced here too.
                  Authorizer.check(
                      spec(), invocation.actor(), rounds.settings(tx, invocation.community()));
                  if (roundId.isPresent()) {
                    rounds.communityId(tx, invocation.community()); // the write lock first
                    SignupClosed.requireSame(
                        rounds.requireOpen(tx, invocation.community()), roundId);
                  }
                  return publisher.publish(tx, invocation.community());
                });
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
