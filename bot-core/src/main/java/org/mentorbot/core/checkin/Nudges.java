package org.mentorbot.core.checkin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.mentorship.GoalStore;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.roster.Profile;
import org.mentorbot.core.roster.RosterStore;
import org.mentorbot.core.schedule.JobHandler;

/**
 * Every nudge as durable jobs. At publish a pair gets a reminder job and one job per check-in of
 * the round, all in the pair's coalesce group, so after downtime only the newest overdue one runs.
 * A pair-level job decides (reminder only if nobody checked in; counts a missed check-in) and
 * schedules one send job per member at the member's next local daytime; the send job skips paused
 * members and pairs that ended meanwhile. Dedupe keys name each occurrence, so nothing is sent
 * twice.
 */
final class Nudges {

  static final String REMINDER = "checkin-reminder";
  static final String DUE = "checkin-due";
  static final String SEND = "checkin-send";

  /** What a send job delivers: the reminder, check-in n, or the feedback prompt. */
  static final String KIND_REMINDER = "r";

  static final String KIND_FEEDBACK = "f";

  private final CoreContext context;
  private final CheckinStore store;
  private final Alerts alerts;
  private final RosterStore roster;
  private final GoalStore goals = new GoalStore();

  Nudges(CoreContext context, CheckinStore store, Alerts alerts) {
    this.context = context;
    this.store = store;
    this.alerts = alerts;
    this.roster = new RosterStore(context.clock());
  }

  /**
   * How many check-ins fit between a mentorship's start and its planned end: one every cadence,
   * strictly before the end.
   */
  static int planned(Instant start, Instant end, CommunitySettings s) {
    long days = Duration.between(start, end).toDays();
    return (int) Math.max(0, (days - 1) / s.cadenceDays());
  }

  /** Schedules the reminder and the first term's check-ins of a just started mentorship. */
  void plan(
      Handle tx,
      CommunityId community,
      long pairId,
      Instant start,
      Instant end,
      CommunitySettings s) {
    context
        .jobs()
        .schedule(
            tx,
            community,
            REMINDER,
            Long.toString(pairId),
            start.plus(Duration.ofDays(s.reminderDays())),
            REMINDER + ":" + pairId,
            group(pairId));
    planCheckins(tx, community, pairId, start, 1, planned(start, end, s), s);
  }

  /** Schedules check-ins {@code from}..{@code to}, each a cadence after the start. */
  void planCheckins(
      Handle tx,
      CommunityId community,
      long pairId,
      Instant start,
      int from,
      int to,
      CommunitySettings s) {
    String group = group(pairId);
    for (int n = from; n <= to; n++) {
      context
          .jobs()
          .schedule(
              tx,
              community,
              DUE,
              pairId + ":" + n,
              start.plus(Duration.ofDays((long) s.cadenceDays() * n)),
              DUE + ":" + pairId + ":" + n,
              group);
    }
  }

  /** Cancels the pair's pending reminder and check-ins (the pair ended). */
  void unplan(Handle tx, CommunityId community, CheckinPair pair) {
    context.jobs().cancel(tx, community, REMINDER + ":" + pair.pairId());
    for (int n = 1; n <= pair.planned(); n++) {
      context.jobs().cancel(tx, community, DUE + ":" + pair.pairId() + ":" + n);
    }
  }

  /** Schedules {@code kind} to each member of the mentorship at their next local daytime. */
  void sendToAll(Handle tx, CommunityId community, CheckinPair pair, String kind) {
    CommunitySettings s = context.settings().load(tx, community);
    Instant now = context.clock().instant();
    for (String user : pair.members()) {
      Instant at = window(s).deliverAt(now, zone(tx, pair.communityId(), user));
      String key = SEND + ":" + pair.pairId() + ":" + kind + ":" + user;
      context
          .jobs()
          .schedule(
              tx,
              community,
              SEND,
              pair.pairId() + ":" + kind + ":" + user,
              at,
              key,
              SEND + ":" + pair.pairId() + ":" + user);
    }
  }

  List<JobHandler> handlers() {
    return List.of(
        handler(REMINDER, this::reminderDue),
        handler(DUE, this::checkinDue),
        handler(SEND, this::sendDue));
  }

  private void reminderDue(Handle tx, CommunityId community, String payload, Instant dueAt) {
    Optional<CheckinPair> pair = store.find(tx, Long.parseLong(payload));
    if (pair.isPresent()
        && pair.get().active()
        && !pair.get().checkedIn()
        && !store.meetingSet(tx, pair.get().pairId())) {
      sendToAll(tx, community, pair.get(), KIND_REMINDER);
    }
  }

  private void checkinDue(Handle tx, CommunityId community, String payload, Instant dueAt) {
    String[] parts = payload.split(":", -1);
    Optional<CheckinPair> pair = store.find(tx, Long.parseLong(parts[0]));
    int n = Integer.parseInt(parts[1]);
    if (pair.isEmpty() || !pair.get().active() || pair.get().asked() >= n) {
      return;
    }
    if (pair.get().members().stream().allMatch(u -> paused(tx, pair.get().communityId(), u))) {
      return; // nobody can be asked, so nothing can be missed
    }
    store.asked(tx, pair.get(), n);
    alerts.escalateIfStale(tx, community, pair.get().pairId());
    sendToAll(tx, community, store.find(tx, pair.get().pairId()).orElseThrow(), "c" + n);
  }

  private void sendDue(Handle tx, CommunityId community, String payload, Instant dueAt) {
    String[] parts = payload.split(":", 3);
    Optional<CheckinPair> found = store.find(tx, Long.parseLong(parts[0]));
    String kind = parts[1];
    String user = parts[2];
    if (found.isEmpty()) {
      return; // erased (forget-me)
    }
    CheckinPair pair = found.get();
    boolean feedback = kind.equals(KIND_FEEDBACK);
    if ((!feedback && !pair.active()) || (kind.equals(KIND_REMINDER) && pair.checkedIn())) {
      return;
    }
    if (!feedback && store.ending(tx, pair.pairId())) {
      return; // "continue or wrap up?" is open: a check-in beside it is noise (late after downtime)
    }
    Optional<Profile> profile = roster.find(tx, pair.communityId(), user);
    ZoneId zone = profile.flatMap(Profile::zone).orElse(ZoneOffset.UTC);
    Instant now = context.clock().instant();
    if (profile.isEmpty() || profile.get().pausedOn(LocalDate.ofInstant(now, zone))) {
      return; // never while paused, nor after the member left the roster
    }
    Instant at = window(context.settings().load(tx, community)).deliverAt(now, zone);
    if (at.isAfter(now)) {
      // Ran at night (late after downtime, or the member moved zone): wait for their morning.
      context
          .jobs()
          .schedule(
              tx,
              community,
              SEND,
              payload,
              at,
              SEND + ":" + payload + ":" + at.toEpochMilli(),
              SEND + ":" + pair.pairId() + ":" + user);
      return;
    }
    Message message =
        feedback
            ? NudgeMessages.feedbackPrompt(pair, user)
            : kind.equals(KIND_REMINDER)
                ? NudgeMessages.reminder(pair, user)
                : NudgeMessages.checkin(
                    pair, user, Integer.parseInt(kind.substring(1)), goals.open(tx, pair.pairId()));
    context
        .outbox()
        .enqueue(
            tx,
            community,
            new Destination.DirectMessage(user),
            message,
            "checkin-msg:" + pair.pairId() + ":" + kind + ":" + user);
  }

  private boolean paused(Handle h, long communityId, String user) {
    Optional<Profile> p = roster.find(h, communityId, user);
    ZoneId zone = p.flatMap(Profile::zone).orElse(ZoneOffset.UTC);
    return p.isPresent() && p.get().pausedOn(LocalDate.ofInstant(context.clock().instant(), zone));
  }

  private ZoneId zone(Handle h, long communityId, String user) {
    return roster.find(h, communityId, user).flatMap(Profile::zone).orElse(ZoneOffset.UTC);
  }

  private static DaytimeWindow window(CommunitySettings s) {
    return new DaytimeWindow(s.dayStart(), s.dayEnd());
  }

  static String group(long pairId) {
    return "checkin:" + pairId;
  }

  private interface Work {
    void run(Handle tx, CommunityId community, String payload, Instant dueAt);
  }

  private static JobHandler handler(String kind, Work work) {
    return new JobHandler() {
      @Override
      public String kind() {
        return kind;
      }

      @Override
      public void run(Handle tx, CommunityId community, String payload, Instant dueAt) {
        work.run(tx, community, payload, dueAt);
      }
    };
  }
}
