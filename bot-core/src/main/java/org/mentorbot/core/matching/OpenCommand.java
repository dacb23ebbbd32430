package org.mentorbot.core.matching;

import java.time.Duration;
import java.time.Instant;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.matching.engine.RoundKind;

/** {@code /round open [kind:...] [days:N]}: opens sign-up and announces it with a Join button. */
final class OpenCommand implements CommandHandler {

  static final int DEFAULT_DAYS = 7;

  private final Rounds rounds;
  private final RoundOpener opener;

  OpenCommand(Rounds rounds, RoundOpener opener) {
    this.rounds = rounds;
    this.opener = opener;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("round", "open");
  }

  @Override
  public Reply handle(CommandRequest request) {
    RoundKind kind = request.options().text("kind").map(Kinds::of).orElse(RoundKind.MENTORSHIP);
    int days = request.options().integer("days").orElse(DEFAULT_DAYS);
    Instant closes = rounds.now().plus(Duration.ofDays(days));
    RoundOpener.Opened opened =
        rounds
            .context
            .db()
            .write(
                tx ->
                    opener.open(
                        tx, request.community(), kind, closes, closes, request.actor().userId()));
    Round round = opened.round();
    return Reply.privately(
        "Round "
            + round.number()
            + " is open ("
            + Kinds.label(kind)
            + "); sign-up closes "
            + Times.utc(round.signupClosesAt())
            + ". "
            + (opened.announced()
                ? "I announced it with a Join button."
                : opened
                    .announcement()
                    .problem()
                    .map(
                        problem ->
                            "I could not announce it: "
                                + problem
                                + " Until then, tell members to run `/round join`.")
                    .orElse(
                        "No announce channel is set, so nobody was told: set one with `/mentor"
                            + " config announce-channel:#channel`, or tell members to run"
                            + " `/round join`."))
            + " `/round preview` shows the matches so far; `/round publish` commits them.");
  }
}
