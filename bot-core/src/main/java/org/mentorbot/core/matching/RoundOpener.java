package org.mentorbot.core.matching;

import java.time.Instant;
import java.util.SplittableRandom;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.matching.engine.RoundKind;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Message;

/** Opens a round and announces its sign-up; shared by {@code /round open} and the schedule. */
final class RoundOpener {

  /** Action id prefix of the announcement's Join button: {@code round-join:<roundId>}. */
  static final String JOIN_ACTION = "round-join";

  private final Rounds rounds;

  RoundOpener(Rounds rounds) {
    this.rounds = rounds;
  }

  /** The result of opening: the round and whether the announcement went to a channel. */
  record Opened(Round round, Rounds.Announcement announcement) {
    boolean announced() {
      return announcement.made();
    }
  }

  Opened open(
      Handle tx,
      CommunityId community,
      RoundKind kind,
      Instant signupClosesAt,
      Instant matchAt,
      String openedBy) {
    long c = rounds.communityId(tx, community);
    rounds
        .rounds
        .open(tx, c)
        .ifPresent(
            open -> {
              throw new ProblemException(
                  "Round "
                      + open.number()
                      + " is still open (sign-up closes "
                      + Times.utc(open.signupClosesAt())
                      + ").",
                  "Publish it with `/round publish` or call it off with `/round cancel` first.");
            });
    Instant now = rounds.now();
    // The seed only breaks ties; taken from the clock once and stored, so preview = publish.
    long seed = new SplittableRandom(now.toEpochMilli() * 31 + c).nextLong();
    Round round = rounds.rounds.insert(tx, c, kind, now, signupClosesAt, matchAt, openedBy, seed);
    CommunitySettings settings = rounds.settings(tx, community);
    Rounds.Announcement announced =
        rounds.announce(tx, community, settings, announcement(round), "round-open:" + round.id());
    return new Opened(round, announced);
  }

  static Message announcement(Round round) {
    String who =
        round.circles()
            ? "Everyone on the roster can join a small circle of peers with shared topics."
            : "Mentors and mentees on the roster: join to be matched.";
    return Message.builder(
            who
                + " Sign-up closes "
                + Times.utc(round.signupClosesAt())
                + ". Press Join or run `/round join`; not on the roster yet? Start with"
                + " `/mentor signup`.")
        .title("Round " + round.number() + " is open — " + Kinds.describe(round.kind()))
        .button(Button.primary("Join", JOIN_ACTION + ":" + round.id()))
        .build();
  }
}
