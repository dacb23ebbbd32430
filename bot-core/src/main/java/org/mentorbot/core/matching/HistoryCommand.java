package org.mentorbot.core.matching;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.Authorizer;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.command.UserRef;
import org.mentorbot.core.messaging.Message;

/**
 * {@code /round history [@user]}: the community's recent rounds, or one member's past matches.
 * Members may see their own matches; only moderators see another member's.
 */
final class HistoryCommand implements CommandHandler {

  static final int ROUNDS_SHOWN = 12;

  private final Rounds rounds;

  HistoryCommand(Rounds rounds) {
    this.rounds = rounds;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("round", "history");
  }

  @Override
  public Reply handle(CommandRequest request) {
    Optional<String> user = request.options().user("user").map(UserRef::userId);
    return rounds
        .context
        .db()
        .read(
            h -> {
              if (user.isPresent() && !user.get().equals(request.actor().userId())) {
                boolean moderator =
                    Authorizer.isModerator(
                        request.actor(), rounds.settings(h, request.community()));
                if (!moderator) {
                  throw new ProblemException(
                      "Only moderators can see another member's matches.",
                      "Run `/round history` with your own name to see yours.");
                }
              }
              Optional<Long> c = rounds.find(h, request.community());
              return Reply.privately(
                  user.isPresent()
                      ? member(h, c, user.get())
                      : Message.builder(community(h, c)).title("Round history").build());
            });
  }

  private String community(Handle h, Optional<Long> c) {
    List<Round> recent = c.map(id -> rounds.rounds.recent(h, id, ROUNDS_SHOWN)).orElse(List.of());
    if (recent.isEmpty()) {
      return "No rounds yet. A moderator starts one with `/round open`.";
    }
    StringBuilder out = new StringBuilder();
    for (Round r : recent) {
      out.append(out.length() == 0 ? "" : "\n").append("• ").append(r.title()).append(" · ");
      out.append(r.state().label());
      r.publishedAt()
          .ifPresent(
              t ->
                  out.append(r.state() == RoundState.PUBLISHED ? " " : " (published ")
                      .append(Times.utc(t))
                      .append(r.state() == RoundState.PUBLISHED ? "" : ")"));
      if (r.state().matched()) {
        int unmatched = rounds.pairs.unmatched(h, r.id()).size();
        out.append(" · ")
            .append(
                r.circles()
                    ? plural(rounds.pairs.circleCount(h, r.id()), "circle")
                    : plural(rounds.pairs.ofRound(h, r.id()).size(), "pair"))
            .append(unmatched == 0 ? "" : ", " + unmatched + " unmatched");
      } else if (r.state() == RoundState.OPEN) {
        out.append(" · sign-up until ").append(Times.utc(r.signupClosesAt()));
      }
    }
    return out.toString();
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private Message member(Handle h, Optional<Long> c, String userId) {
    List<PairRow> pairs = c.map(id -> rounds.pairs.ofMember(h, id, userId)).orElse(List.of());
    Map<Integer, String> unmatched =
        c.map(id -> rounds.pairs.unmatchedOf(h, id, userId)).orElse(Map.of());
    StringBuilder out = new StringBuilder();
    for (PairRow p : pairs) {
      out.append(out.length() == 0 ? "" : "\n")
          .append("• Round ")
          .append(p.roundNumber())
          .append(": ")
          .append(p.mentorId().equals(userId) ? "mentor of " : "mentee of ")
          .append(PlanView.at(p.partnerOf(userId)))
          .append(p.active() ? " (active)" : " (ended)");
    }
    unmatched.forEach(
        (number, reason) ->
            out.append(out.length() == 0 ? "" : "\n")
                .append("• Round ")
                .append(number)
                .append(": not matched (waitlisted)"));
    return Message.builder(out.length() == 0 ? "No matches yet." : out.toString())
        .title("Matches of " + PlanView.at(userId))
        .build();
  }
}
