package org.mentorbot.core.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.matching.engine.Circle;
import org.mentorbot.core.matching.engine.CircleResult;
import org.mentorbot.core.matching.engine.MatchedPair;
import org.mentorbot.core.matching.engine.UnmatchedMentee;
import org.mentorbot.core.mentorship.Mentorship;
import org.mentorbot.core.mentorship.Mentorships;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;

/**
 * Publishes the open round in one write transaction: the {@code open → published} move guarded by
 * {@code WHERE state = 'open'}, the pairs (unique per round), the intro and waitlist messages
 * (idempotency keys per pair and mentee) and the close job. A second publish, however it races the
 * first, finds no open round and gets a problem; nothing is stored or sent twice.
 */
final class RoundPublisher {

  static final String CLOSE_JOB = "round-close";

  private final Rounds rounds;

  RoundPublisher(Rounds rounds) {
    this.rounds = rounds;
  }

  /** Whether a reverse round's pair seats its "mentee" (fewer years) as the teacher. */
  static boolean reverseSwap(Plan plan, MatchedPair pair) {
    if (plan.round().kind() != org.mentorbot.core.matching.engine.RoundKind.REVERSE) {
      return false;
    }
    int mentorYears =
        Optional.ofNullable(plan.profiles().get(pair.mentorId())).flatMap(p -> p.years()).orElse(0);
    int menteeYears =
        Optional.ofNullable(plan.profiles().get(pair.menteeId())).flatMap(p -> p.years()).orElse(0);
    return menteeYears < mentorYears;
  }

  /**
   * Tells each member of {@code why} (member id to reason) by direct message why they got no
   * partner this round; one message per member and round, whichever side they joined on.
   */
  private void tellUnmatched(
      Handle tx,
      CommunityId community,
      Round round,
      Map<String, String> why,
      BiFunction<Round, String, Message> message) {
    why.forEach(
        (member, reason) ->
            rounds
                .context
                .outbox()
                .enqueue(
                    tx,
                    community,
                    new Destination.DirectMessage(member),
                    message.apply(round, reason),
                    "unmatched:" + round.id() + ":" + member));
  }

  Plan publish(Handle tx, CommunityId community) {
    // A write first, so this transaction holds the write lock before it reads the round.
    long c = rounds.communityId(tx, community);
    Round round = rounds.rounds.open(tx, c).orElseThrow(() -> rounds.noOpenRound(tx, community));
    CommunitySettings settings = rounds.settings(tx, community);
    Plan plan = rounds.planner.plan(tx, round, settings);
    if (plan.empty()) {
      throw new ProblemException(
          "Nothing to publish: " + plan.quality().summary() + " and no pair could be made.",
          "`/round preview` shows why; wait for more sign-ups or `/round cancel`.");
    }
    Instant now = rounds.now();
    if (!rounds.rounds.moveIfOpen(tx, round.id(), RoundState.PUBLISHED, now)) {
      throw rounds.noOpenRound(tx, community);
    }
    // Read before this round's mentorships exist: they would use up the capacity it explains.
    Map<String, String> idle =
        IdleMentors.of(
            plan,
            rounds.rounds.participants(tx, round.id()),
            rounds.mentorships.store().runningMenteesByMentor(tx, c),
            now);
    IntroMessages intros = new IntroMessages(plan);
    Optional<String> placeIn = rounds.context.settings().load(tx, community).matchChannel();
    for (MatchedPair pair : plan.pairs()) {
      if (rounds.pairs.insert(tx, round.id(), c, pair, now)) {
        // The round's pair becomes a mentorship with its own lifecycle (docs/mentorships.md).
        // In a reverse round the member with fewer years takes the teaching seat.
        boolean swap = reverseSwap(plan, pair);
        Mentorship mentorship =
            rounds.mentorships.createPair(
                tx,
                community,
                swap ? pair.menteeId() : pair.mentorId(),
                swap ? pair.mentorId() : pair.menteeId(),
                Mentorships.formatFor(Optional.ofNullable(plan.profiles().get(pair.menteeId()))),
                Optional.of(round.id()),
                "round");
        rounds
            .context
            .outbox()
            .enqueue(
                tx,
                community,
                new Destination.Conversation(List.of(pair.mentorId(), pair.menteeId()), placeIn),
                rounds.mentorships.extendIntro(
                    tx, community, mentorship, intros.pair(pair, mentorship)),
                "intro:" + round.id() + ":" + pair.mentorId() + ":" + pair.menteeId());
      }
    }
    for (UnmatchedMentee mentee : plan.unmatched()) {
      rounds.pairs.insertUnmatched(tx, round.id(), mentee);
      rounds
          .context
          .outbox()
          .enqueue(
              tx,
              community,
              new Destination.DirectMessage(mentee.menteeId()),
              IntroMessages.waitlisted(round, mentee),
              "unmatched:" + round.id() + ":" + mentee.menteeId());
    }
    // Everyone who joined and was not matched hears why and what next, mentors included.
    tellUnmatched(tx, community, round, idle, IntroMessages::noMentee);
    tellUnmatched(tx, community, round, plan.busy(), IntroMessages::alreadyMatched);
    for (CircleResult.UnplacedPeer peer : plan.unplaced()) {
      rounds.pairs.insertUnmatched(
          tx, round.id(), peer.peerId(), PairStore.NOT_PLACED, peer.reason());
      rounds
          .context
          .outbox()
          .enqueue(
              tx,
              community,
              new Destination.DirectMessage(peer.peerId()),
              IntroMessages.unplaced(round, peer),
              "unmatched:" + round.id() + ":" + peer.peerId());
    }
    for (int i = 0; i < plan.circles().size(); i++) {
      Circle circle = plan.circles().get(i);
      for (String member : circle.members()) {
        rounds.pairs.insertCircleMember(tx, round.id(), i + 1, member);
      }
      Mentorship mentorship =
          rounds.mentorships.createCircle(
              tx,
              community,
              circle.members(),
              circle.sharedTopics().isEmpty() ? "peers" : circle.sharedTopics().get(0),
              Optional.of(round.id()));
      rounds
          .context
          .outbox()
          .enqueue(
              tx,
              community,
              new Destination.Conversation(circle.members(), placeIn),
              rounds.mentorships.extendIntro(
                  tx, community, mentorship, intros.circle(circle, i + 1, mentorship)),
              "circle:" + round.id() + ":" + (i + 1));
    }
    rounds.announce(
        tx,
        community,
        settings,
        Message.builder(
                (round.circles()
                        ? plan.circles().size()
                            + (plan.circles().size() == 1 ? " circle is" : " circles are")
                            + " meeting"
                        : plan.pairs().size()
                            + (plan.pairs().size() == 1 ? " pair is" : " pairs are")
                            + " matched")
                    + " — intros are on their way. Thanks to everyone who joined!")
            .title("Round " + round.number() + " is published")
            .build(),
        "round-published:" + round.id());
    // The round closes (for its status) when a short mentorship of it would end; closing ends
    // nothing: mentorships run on their own lifecycle.
    rounds
        .context
        .jobs()
        .schedule(
            tx,
            community,
            CLOSE_JOB,
            Long.toString(round.id()),
            now.plus(Duration.ofDays(7L * settings.shortWeeks())),
            CLOSE_JOB + ":" + round.id());
    Round published = rounds.rounds.byId(tx, round.id()).orElseThrow();
    List<PairRow> stored = rounds.pairs.ofRound(tx, round.id());
    rounds.listeners.forEach(l -> l.published(tx, community, published, stored));
    return plan;
  }
}
