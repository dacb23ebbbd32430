package org.mentorbot.core.matching;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.roster.Profile;
import org.mentorbot.core.roster.Roster;

/**
 * Joining and leaving the open round, in one role: a member's only role, or the one they choose
 * ({@code as:}, or the role buttons a mentor-and-mentee gets); never both silently. In a
 * peer-circle round everyone joins as a peer. A profile is required and paused members are refused
 * with the reason.
 */
final class Membership {

  private final Rounds rounds;

  Membership(Rounds rounds) {
    this.rounds = rounds;
  }

  /** Joins the open round; {@code roundId} is set when a Join button names a round. */
  Reply join(Invocation invocation, Optional<Long> roundId, Optional<String> onlyRole) {
    String self = invocation.actor().userId();
    return rounds
        .context
        .db()
        .write(
            tx -> {
              long c = rounds.communityId(tx, invocation.community());
              Round round =
                  rounds.rounds.open(tx, c).orElseThrow(() -> closed(roundId.isPresent()));
              if (roundId.isPresent() && roundId.get() != round.id()) {
                throw closed(true);
              }
              Profile p =
                  rounds
                      .roster
                      .find(tx, c, self)
                      .filter(Profile::onRoster)
                      .orElseThrow(Roster::notOnRoster);
              LocalDate today = LocalDate.ofInstant(rounds.now(), ZoneOffset.UTC);
              if (p.pausedOn(today)) {
                throw new ProblemException(
                    "You are paused"
                        + p.pausedUntil().map(d -> " until " + d).orElse("")
                        + ", so you can't join round "
                        + round.number()
                        + ".",
                    "Run `/mentor resume` first, then `/round join`.");
              }
              if (rounds.now().isAfter(round.signupClosesAt())) {
                throw new ProblemException(
                    "Sign-up for round "
                        + round.number()
                        + " closed on "
                        + Times.utc(round.signupClosesAt())
                        + ".",
                    "The next round will be announced; ask a moderator if you think this is"
                        + " wrong.");
              }
              if (!round.circles() && p.mentor() && p.mentee() && onlyRole.isEmpty()) {
                // Never both silently: a member with both roles picks one for this round.
                return Reply.privately(
                    Message.builder(
                            "You are both a mentor and a mentee. In which role do you join round "
                                + round.number()
                                + "? Or use `/round join as:mentor` / `as:mentee`.")
                        .title("Join as mentor or mentee?")
                        .button(
                            Button.primary(
                                "Join as mentor",
                                RoundOpener.JOIN_ACTION + ":" + round.id() + ":mentor"))
                        .button(
                            Button.primary(
                                "Join as mentee",
                                RoundOpener.JOIN_ACTION + ":" + round.id() + ":mentee"))
                        .build());
              }
              List<String> roles = roles(p, round, onlyRole);
              // One role per round: joining in the other role replaces the first, and says so.
              List<String> before =
                  rounds.rounds.participants(tx, round.id()).stream()
                      .filter(x -> x.userId().equals(self))
                      .map(Participant::role)
                      .filter(r -> !roles.contains(r))
                      .toList();
              if (!before.isEmpty()) {
                rounds.rounds.leave(tx, round.id(), self);
              }
              List<String> added = new ArrayList<>();
              for (String role : roles) {
                if (rounds.rounds.join(tx, round.id(), self, role, rounds.now())) {
                  added.add(role);
                }
              }
              String as = String.join(" and ", roles);
              if (added.isEmpty()) {
                return Reply.privately(
                    "You have already joined round " + round.number() + " as " + as + ".");
              }
              return Reply.privately(
                  "You joined round "
                      + round.number()
                      + " as "
                      + as
                      + (before.isEmpty() ? "" : " instead of " + String.join(" and ", before))
                      + ". Matches are published after sign-up closes ("
                      + Times.utc(round.signupClosesAt())
                      + "). Changed your mind? `/round leave`.");
            });
  }

  Reply leave(Invocation invocation) {
    return rounds
        .context
        .db()
        .write(
            tx -> {
              long c = rounds.communityId(tx, invocation.community());
              Round round =
                  rounds
                      .rounds
                      .open(tx, c)
                      .orElseThrow(() -> rounds.noOpenRound(tx, invocation.community()));
              if (rounds.rounds.leave(tx, round.id(), invocation.actor().userId()) == 0) {
                throw new ProblemException(
                    "You have not joined round " + round.number() + ".",
                    "Nothing to leave; `/round join` takes part.");
              }
              return Reply.privately(
                  "You left round "
                      + round.number()
                      + ". Join again any time before sign-up"
                      + " closes.");
            });
  }

  private static List<String> roles(Profile p, Round round, Optional<String> onlyRole) {
    if (round.circles()) {
      return List.of(Participant.PEER);
    }
    if (onlyRole.isPresent()) {
      String role = onlyRole.get();
      boolean has = role.equals(Participant.MENTOR) ? p.mentor() : p.mentee();
      if (!has) {
        throw new ProblemException(
            "You are not a " + role + " on the roster.",
            "Add the role with `/mentor signup " + role + " topics:...`, or join without as:.");
      }
      return List.of(role);
    }
    List<String> roles = new ArrayList<>();
    if (p.mentor()) {
      roles.add(Participant.MENTOR);
    }
    if (p.mentee()) {
      roles.add(Participant.MENTEE);
    }
    return roles;
  }

  private static ProblemException closed(boolean fromButton) {
    return fromButton
        ? new ProblemException(
            "That round is no longer taking sign-ups.", "`/round status` shows the current one.")
        : new ProblemException(
            "No round is taking sign-ups right now.",
            "Moderators announce rounds in the announce channel; `/round status` shows what is"
                + " planned.");
  }
}
