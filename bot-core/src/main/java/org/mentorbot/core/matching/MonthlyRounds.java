package org.mentorbot.core.matching;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.matching.engine.RoundKind;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.schedule.JobHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monthly schedule as durable jobs. Each occurrence (a match time) has an open job {@code
 * signupDays} before and a publish job on the day, keyed by the occurrence so re-planning is
 * harmless. The open job opens the round and plans the next month; the publish job publishes the
 * round it opened (or cancels it when nobody could be matched). Stale jobs — the schedule changed
 * or was turned off — do nothing.
 */
final class MonthlyRounds {

  static final String OPEN_JOB = "round-open";
  static final String PUBLISH_JOB = "round-publish";

  private static final Logger LOG = LoggerFactory.getLogger(MonthlyRounds.class);

  private final Rounds rounds;
  private final ScheduleStore store;
  private final RoundOpener opener;
  private final RoundPublisher publisher;
  private final CancelCommand canceller;
  private final SignupClosed signupClosed;

  MonthlyRounds(
      Rounds rounds,
      ScheduleStore store,
      RoundOpener opener,
      RoundPublisher publisher,
      CancelCommand canceller,
      SignupClosed signupClosed) {
    this.rounds = rounds;
    this.store = store;
    this.opener = opener;
    this.publisher = publisher;
    this.canceller = canceller;
    this.signupClosed = signupClosed;
  }

  /** Schedules the jobs of the occurrence matching at {@code matchAt} and records it as next. */
  void plan(Handle tx, CommunityId community, MonthlyRule rule, Instant matchAt) {
    String occurrence = Long.toString(matchAt.toEpochMilli());
    rounds
        .context
        .jobs()
        .schedule(
            tx, community, OPEN_JOB, occurrence, rule.opensBefore(matchAt), key(OPEN_JOB, matchAt));
    rounds
        .context
        .jobs()
        .schedule(tx, community, PUBLISH_JOB, occurrence, matchAt, key(PUBLISH_JOB, matchAt));
    store.setNext(tx, rounds.communityId(tx, community), matchAt);
  }

  /** Cancels the pending jobs of an occurrence that has not opened yet. */
  void unplan(Handle tx, CommunityId community, Instant matchAt) {
    rounds.context.jobs().cancel(tx, community, key(OPEN_JOB, matchAt));
    rounds.context.jobs().cancel(tx, community, key(PUBLISH_JOB, matchAt));
  }

  List<JobHandler> handlers() {
    return List.of(
        JobHandler.of(OPEN_JOB, this::openDue),
        JobHandler.of(PUBLISH_JOB, this::publishDue),
        JobHandler.of(RoundPublisher.CLOSE_JOB, this::closeDue));
  }

  private void openDue(Handle tx, CommunityId community, String payload) {
    Instant matchAt = Instant.ofEpochMilli(Long.parseLong(payload));
    long c = rounds.communityId(tx, community);
    Optional<ScheduleStore.Stored> stored = store.find(tx, c);
    if (stored.isEmpty()
        || !stored.get().enabled()
        || !stored.get().nextMatchAt().equals(Optional.of(matchAt))) {
      return; // the schedule changed or was turned off after this job was planned
    }
    MonthlyRule rule = stored.get().rule();
    CatchUp decision = CatchUp.decide(rule, matchAt, rounds.now());
    if (rounds.rounds.open(tx, c).isPresent()) {
      LOG.info("{}: a round is already open; skipping the scheduled one", community);
    } else if (decision instanceof CatchUp.Skip skip) {
      tellSkipped(tx, community, rule, skip);
    } else {
      Instant closesAt =
          decision instanceof CatchUp.MakeUp makeUp ? makeUp.closesAt() : decision.occurrence();
      Round round =
          opener
              .open(tx, community, RoundKind.MENTORSHIP, closesAt, closesAt, Round.BY_SCHEDULE)
              .round();
      // Planned with the occurrence already, but not when months were missed or for a make-up.
      rounds
          .context
          .jobs()
          .schedule(
              tx,
              community,
              PUBLISH_JOB,
              Long.toString(closesAt.toEpochMilli()),
              closesAt,
              key(PUBLISH_JOB, closesAt));
      if (!(decision instanceof CatchUp.OnTime)) {
        tellOpenedLate(tx, community, rule, decision, round);
      }
    }
    plan(tx, community, rule, decision.next());
  }

  private void tellOpenedLate(
      Handle tx, CommunityId community, MonthlyRule rule, CatchUp decision, Round round) {
    String text =
        "I was offline when round sign-up was due to open ("
            + Times.in(rule.opensBefore(decision.occurrence()), rule.zone())
            + ")"
            + missed(decision)
            + ". "
            + (decision instanceof CatchUp.MakeUp
                ? "So round "
                    + round.number()
                    + " opened now with the full "
                    + days(rule.signupDays())
                    + " sign-up: it closes "
                : "Round " + round.number() + " opened now; sign-up still closes as planned, ")
            + Times.in(round.signupClosesAt(), rule.zone())
            + ", and matches are published then. The next scheduled round opens "
            + Times.in(rule.opensBefore(decision.next()), rule.zone())
            + ".";
    rounds.tellModerators(
        tx,
        community,
        Message.builder(text).title("Round " + round.number() + " opened late").build(),
        "round-late:" + round.id());
  }

  private void tellSkipped(Handle tx, CommunityId community, MonthlyRule rule, CatchUp.Skip skip) {
    String text =
        "I was offline when round sign-up was due to open ("
            + Times.in(rule.opensBefore(skip.occurrence()), rule.zone())
            + ")"
            + missed(skip)
            + ". A full "
            + days(rule.signupDays())
            + " sign-up from now would run into the next round, so none opens this month;"
            + " the next scheduled round opens "
            + Times.in(rule.opensBefore(skip.next()), rule.zone())
            + " as planned. `/round open` starts one by hand now.";
    rounds.tellModerators(
        tx,
        community,
        Message.builder(text).title("A scheduled round was missed").build(),
        "round-missed:" + skip.occurrence().toEpochMilli());
  }

  private static String missed(CatchUp decision) {
    int n = decision.missed();
    return n == 0
        ? ""
        : "; "
            + n
            + (n == 1 ? " earlier month's round was" : " earlier months' rounds were")
            + " missed too";
  }

  private static String days(int n) {
    return n + "-day";
  }

  private void publishDue(Handle tx, CommunityId community, String payload) {
    long matchAt = Long.parseLong(payload);
    long c = rounds.communityId(tx, community);
    Optional<Round> open = rounds.rounds.open(tx, c);
    if (open.isEmpty()
        || open.get().matchAt().toEpochMilli() != matchAt
        || !open.get().openedBy().equals(Optional.of(Round.BY_SCHEDULE))) {
      return; // published or cancelled by hand, or not ours
    }
    if (!rounds.settings(tx, community).autoPublish()) {
      signupClosed.askToReview(
          tx, community, open.get(), "Auto-publish is off, so the round waits for you. ");
      return;
    }
    List<Participant> joined = rounds.rounds.participants(tx, open.get().id());
    Plan plan = rounds.planner.plan(tx, open.get(), rounds.settings(tx, community));
    if (plan.empty()) {
      canceller.cancel(tx, community, "Not enough members joined to make a match this time.");
      signupClosed.toldCalledOff(tx, community, open.get(), joined);
    } else {
      Plan published = publisher.publish(tx, community);
      signupClosed.toldPublished(tx, community, open.get(), joined, published);
    }
    Instant planned = Instant.ofEpochMilli(matchAt);
    if (rounds.now().isAfter(planned.plus(CatchUp.GRACE))) {
      rounds.tellModerators(
          tx,
          community,
          Message.of(
              "I was offline when round "
                  + open.get().number()
                  + " was due to be "
                  + (plan.empty() ? "called off" : "published")
                  + " ("
                  + Times.utc(planned)
                  + "), so that happened just now, when I came back."),
          "round-late-publish:" + open.get().id());
    }
  }

  private void closeDue(Handle tx, CommunityId community, String payload) {
    long roundId = Long.parseLong(payload);
    Optional<Round> round = rounds.rounds.byId(tx, roundId);
    // Closing only moves the round's state: its mentorships run on their own lifecycle.
    if (round.isPresent() && rounds.rounds.close(tx, roundId)) {
      Round closed = rounds.rounds.byId(tx, roundId).orElseThrow();
      rounds.listeners.forEach(l -> l.closed(tx, community, closed));
    }
  }

  static String key(String kind, Instant matchAt) {
    return kind + ":" + matchAt.toEpochMilli();
  }
}
