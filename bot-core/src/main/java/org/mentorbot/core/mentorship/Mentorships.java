package org.mentorbot.core.mentorship;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.roster.MentorshipFormat;
import org.mentorbot.core.roster.Profile;
import org.mentorbot.core.roster.RosterStore;

/**
 * The mentorship service other slices use: rounds and moderators create mentorships here, and only
 * the lifecycle here ends them (a member's end, a block or leave, a moderator's unpair, the end of
 * the term). Everything runs inside the caller's write transaction; listeners (check-ins) act in
 * the same transaction.
 */
public final class Mentorships {

  /** "Continue for another term?" goes out {@code reminderDays} before the planned end. */
  static final String ASK_JOB = "mentorship-ask";

  /** The planned end: extend if everyone continued, else end with "term completed". */
  static final String TERM_JOB = "mentorship-term";

  final CoreContext context;
  final MentorshipStore store = new MentorshipStore();
  final GoalStore goals = new GoalStore();
  final RosterStore roster;
  private final List<MentorshipListener> listeners = new ArrayList<>();

  public Mentorships(CoreContext context) {
    this.context = context;
    this.roster = new RosterStore(context.clock());
  }

  private IntroAddition introAddition = IntroAddition.NONE;

  /** Sets what other slices add to intros (meetings); call while wiring. */
  public void addToIntros(IntroAddition addition) {
    this.introAddition = addition;
  }

  /** {@code intro} with what other slices add to it. */
  public org.mentorbot.core.messaging.Message extendIntro(
      Handle tx,
      CommunityId community,
      Mentorship mentorship,
      org.mentorbot.core.messaging.Message intro) {
    return introAddition.extend(tx, community, mentorship, intro);
  }

  /** Adds a listener (check-ins); call while wiring, before any command runs. */
  public void listen(MentorshipListener listener) {
    listeners.add(listener);
  }

  public MentorshipStore store() {
    return store;
  }

  public GoalStore goals() {
    return goals;
  }

  Instant now() {
    return context.clock().instant();
  }

  /**
   * The buttons every moderator alert about a running mentorship carries: "I'll take it" (records
   * who handles it) and "End mentorship".
   */
  public static List<org.mentorbot.core.messaging.Button> alertButtons(long mentorshipId) {
    return List.of(
        org.mentorbot.core.messaging.Button.primary(
            "I'll take it", ModeratorButtons.TAKE + ":" + mentorshipId),
        org.mentorbot.core.messaging.Button.danger(
            "End mentorship", ModeratorButtons.END + ":" + mentorshipId));
  }

  /** The format a new pair runs in: the mentee's choice, short when they made none. */
  public static MentorshipFormat formatFor(Optional<Profile> mentee) {
    return mentee.flatMap(Profile::format).orElse(MentorshipFormat.SHORT);
  }

  /**
   * Starts a mentor–mentee mentorship now: its planned end from the format, the mentee's profile
   * goals as its first goal, the term jobs, and the listeners' nudges.
   */
  public Mentorship createPair(
      Handle tx,
      CommunityId community,
      String mentorId,
      String menteeId,
      MentorshipFormat format,
      Optional<Long> roundId,
      String createdBy) {
    long c = context.communities().idOf(tx, community);
    CommunitySettings s = context.settings().load(tx, community);
    Instant now = now();
    long id =
        store.insert(
            tx,
            c,
            MentorshipKind.PAIR,
            format,
            roundId,
            Optional.empty(),
            List.of(
                new Seat(mentorId, SeatRole.MENTOR, Optional.empty()),
                new Seat(menteeId, SeatRole.MENTEE, Optional.empty())),
            now,
            Terms.end(now, format, s),
            createdBy);
    roster
        .find(tx, c, menteeId)
        .flatMap(Profile::goals)
        .map(String::strip)
        .filter(g -> !g.isEmpty())
        .ifPresent(g -> goals.add(tx, id, g, now));
    return started(tx, community, id, s);
  }

  /** Starts a peer circle now, named for {@code topic}; circles run one short term at a time. */
  public Mentorship createCircle(
      Handle tx,
      CommunityId community,
      List<String> members,
      String topic,
      Optional<Long> roundId) {
    long c = context.communities().idOf(tx, community);
    CommunitySettings s = context.settings().load(tx, community);
    Instant now = now();
    long id =
        store.insert(
            tx,
            c,
            MentorshipKind.CIRCLE,
            MentorshipFormat.SHORT,
            roundId,
            Optional.of(topic),
            members.stream().map(u -> new Seat(u, SeatRole.PEER, Optional.empty())).toList(),
            now,
            Terms.end(now, MentorshipFormat.SHORT, s),
            "round");
    return started(tx, community, id, s);
  }

  private Mentorship started(Handle tx, CommunityId community, long id, CommunitySettings s) {
    Mentorship m = store.find(tx, id).orElseThrow();
    scheduleTerm(tx, community, m, s);
    listeners.forEach(l -> l.started(tx, community, m));
    return m;
  }

  void scheduleTerm(Handle tx, CommunityId community, Mentorship m, CommunitySettings s) {
    String payload = m.id() + ":" + m.terms();
    Instant ask = m.plannedEnd().minus(java.time.Duration.ofDays(s.reminderDays()));
    context
        .jobs()
        .schedule(
            tx,
            community,
            ASK_JOB,
            payload,
            ask.isBefore(now()) ? now() : ask,
            ASK_JOB + ":" + payload);
    context
        .jobs()
        .schedule(tx, community, TERM_JOB, payload, m.plannedEnd(), TERM_JOB + ":" + payload);
  }

  /** Moves this term's planned end to {@code end} and schedules its term job there. */
  void postpone(Handle tx, CommunityId community, Mentorship m, Instant end) {
    if (!store.postpone(tx, m.id(), m.terms(), end)) {
      return;
    }
    String payload = m.id() + ":" + m.terms();
    context
        .jobs()
        .schedule(
            tx,
            community,
            TERM_JOB,
            payload,
            end,
            TERM_JOB + ":" + payload + ":" + end.toEpochMilli());
  }

  /** Extends by one term of the same format (everyone continued); false if it already moved. */
  boolean extend(Handle tx, CommunityId community, Mentorship m) {
    CommunitySettings s = context.settings().load(tx, community);
    Instant newEnd = Terms.end(m.plannedEnd(), m.format(), s);
    if (!store.extend(tx, m.id(), m.terms(), newEnd)) {
      return false;
    }
    cancelTerm(tx, community, m);
    Mentorship next = store.find(tx, m.id()).orElseThrow();
    scheduleTerm(tx, community, next, s);
    listeners.forEach(l -> l.extended(tx, community, next));
    return true;
  }

  /**
   * Cancels the term's pending question. The term job itself is left: it may be the job running
   * this very change (cancelling it would roll the change back), and it does nothing for a term
   * that has ended or moved on.
   */
  private void cancelTerm(Handle tx, CommunityId community, Mentorship m) {
    context.jobs().cancel(tx, community, ASK_JOB + ":" + m.id() + ":" + m.terms());
  }

  /**
   * Ends a running mentorship with {@code reason}; false if it had already ended. Messages to the
   * members and moderators are the caller's: each way of ending words them differently.
   */
  public boolean end(
      Handle tx,
      CommunityId community,
      Mentorship m,
      EndReason reason,
      Optional<String> detail,
      Optional<String> note) {
    if (!store.end(tx, m.id(), reason, detail, note, now())) {
      return false;
    }
    cancelTerm(tx, community, m);
    Mentorship ended = store.find(tx, m.id()).orElseThrow();
    boolean feedback = reason != EndReason.BLOCKED_LEFT;
    listeners.forEach(l -> l.ended(tx, community, ended, feedback));
    return true;
  }

  /** The running mentorships that have both members in them. */
  public List<Mentorship> runningBetween(Handle h, long communityId, String a, String b) {
    return store.runningOf(h, communityId, a).stream().filter(m -> m.involves(b)).toList();
  }

  /**
   * Mentees in a running pair mentorship, each with the mentorship that holds them (the latest
   * planned end first wins), so a mentorship round can leave them out and say why.
   */
  public Map<String, Mentorship> busyMentees(Handle h, long communityId) {
    Map<String, Mentorship> out = new TreeMap<>();
    for (Mentorship m : store.running(h, communityId)) {
      m.menteeId().ifPresent(e -> out.merge(e, m, (x, y) -> later(x, y)));
    }
    return out;
  }

  private static Mentorship later(Mentorship x, Mentorship y) {
    return x.plannedEnd().isAfter(y.plannedEnd()) ? x : y;
  }
}
