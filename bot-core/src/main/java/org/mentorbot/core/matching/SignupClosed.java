package org.mentorbot.core.matching;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.schedule.JobHandler;

/**
 * What the moderators hear when a round's sign-up closes: the counts, and either Preview / Publish
 * buttons (a round opened by hand, or a scheduled one with {@code auto-publish} off) or what the
 * automatic publish did. A hand-opened round gets a {@code round-signup-closed} job at its close;
 * scheduled rounds are handled by their publish job ({@link MonthlyRounds}).
 */
final class SignupClosed {

  static final String JOB = "round-signup-closed";

  private final Rounds rounds;

  SignupClosed(Rounds rounds) {
    this.rounds = rounds;
  }

  /** Plans the "sign-up closed" notice of a round a moderator opened. */
  void plan(Handle tx, CommunityId community, Round round) {
    if (!scheduled(round)) {
      rounds
          .context
          .jobs()
          .schedule(
              tx,
              community,
              JOB,
              Long.toString(round.id()),
              round.signupClosesAt(),
              JOB + ":" + round.id());
    }
  }

  JobHandler handler() {
    return new JobHandler() {
      @Override
      public String kind() {
        return JOB;
      }

      @Override
      public void run(Handle tx, CommunityId community, String payload, Instant dueAt) {
        rounds
            .rounds
            .byId(tx, Long.parseLong(payload))
            .filter(r -> r.state() == RoundState.OPEN && !scheduled(r))
            .ifPresent(r -> askToReview(tx, community, r, ""));
      }
    };
  }

  /** Tells the moderators sign-up closed, with the counts and Preview / Publish buttons. */
  void askToReview(Handle tx, CommunityId community, Round round, String lead) {
    List<Participant> joined = rounds.rounds.participants(tx, round.id());
    Plan plan = rounds.planner.plan(tx, round, rounds.settings(tx, community));
    Map<String, String> idle = idle(tx, plan, joined);
    Message.Builder m =
        Message.builder(
                lead
                    + joined(round, joined)
                    + (plan.empty()
                        ? ", but no pair can be made from these sign-ups. Preview shows why;"
                            + " `/round cancel` calls the round off and tells everyone who joined."
                        : ". Publishing now would make "
                            + made(plan, idle, "would be ")
                            + ". Preview shows the matches and the reasons; Publish commits them"
                            + " and sends the intros."))
            .title("Round " + round.number() + " sign-up closed")
            .button(Button.secondary("Preview", PreviewCommand.ACTION + ":" + round.id()));
    if (!plan.empty()) {
      m.button(Button.primary("Publish", PublishCommand.ACTION + ":" + round.id()));
    }
    rounds.tellModerators(tx, community, m.build(), "round-review:" + round.id());
  }

  /** Tells the moderators a scheduled round published by itself, with the counts. */
  void toldPublished(
      Handle tx, CommunityId community, Round round, List<Participant> joined, Plan plan) {
    Map<String, String> idle = idle(tx, plan, joined);
    rounds.tellModerators(
        tx,
        community,
        Message.builder(
                "Sign-up closed: "
                    + joined(round, joined)
                    + ". Published automatically: "
                    + made(plan, idle, "")
                    + "; intros are on their way and everyone left out was told why."
                    + " `/mentor config auto-publish:off` lets you review rounds before they"
                    + " publish.")
            .title("Round " + round.number() + " published automatically")
            .build(),
        "round-auto:" + round.id());
  }

  /** Tells the moderators a scheduled round was called off because nobody could be matched. */
  void toldCalledOff(Handle tx, CommunityId community, Round round, List<Participant> joined) {
    rounds.tellModerators(
        tx,
        community,
        Message.builder(
                "Sign-up closed: "
                    + joined(round, joined)
                    + ", and no pair could be made, so the round was called off; everyone who"
                    + " joined was told. `/round open` starts one by hand.")
            .title("Round " + round.number() + " called off")
            .build(),
        "round-auto:" + round.id());
  }

  /** Idle mentors of a plan that has not been published yet (so load is still before it). */
  private Map<String, String> idle(Handle h, Plan plan, List<Participant> joined) {
    return IdleMentors.of(
        plan,
        joined,
        rounds.mentorships.store().runningMenteesByMentor(h, plan.round().communityId()),
        rounds.now());
  }

  /** "2 mentors and 3 mentees joined" or "5 peers joined". */
  static String joined(Round round, List<Participant> joined) {
    if (round.circles()) {
      return count(joined, Participant.PEER, "peer") + " joined";
    }
    return count(joined, Participant.MENTOR, "mentor")
        + " and "
        + count(joined, Participant.MENTEE, "mentee")
        + " joined";
  }

  /** "2 pairs; 1 mentee would be left unmatched, 1 mentor would be without a mentee". */
  private static String made(Plan plan, Map<String, String> idle, String would) {
    if (plan.round().circles()) {
      int left = plan.unplaced().size();
      return plural(plan.circles().size(), "circle")
          + (left == 0 ? "" : "; " + plural(left, "peer") + " " + would + "left out");
    }
    StringBuilder out = new StringBuilder(plural(plan.pairs().size(), "pair"));
    int waiting = plan.unmatched().size() + plan.busy().size();
    if (waiting > 0) {
      out.append("; ")
          .append(plural(waiting, "mentee"))
          .append(" ")
          .append(would)
          .append("left unmatched");
    }
    if (!idle.isEmpty()) {
      out.append(waiting > 0 ? ", " : "; ")
          .append(plural(idle.size(), "mentor"))
          .append(" ")
          .append(would)
          .append("without a mentee");
    }
    return out.toString();
  }

  private static String count(List<Participant> joined, String role, String noun) {
    return plural((int) joined.stream().filter(p -> p.role().equals(role)).count(), noun);
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static boolean scheduled(Round round) {
    return round.openedBy().equals(Optional.of(Round.BY_SCHEDULE));
  }

  /** The round id a moderator button names. */
  static long roundId(String argument) {
    if (!argument.matches("\\d{1,18}")) {
      throw new ProblemException("That button is broken.", "Run `/round status` instead.");
    }
    return Long.parseLong(argument);
  }

  /** Refuses a button of a round that is no longer the open one. */
  static void requireSame(Round open, Optional<Long> roundId) {
    if (roundId.isPresent() && roundId.get() != open.id()) {
      throw new ProblemException(
          "That button belongs to an earlier round, which is no longer open.",
          "`/round status` shows round " + open.number() + ", the open one.");
    }
  }
}
