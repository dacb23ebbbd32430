package org.mentorbot.core.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.community.DaytimeWindow;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.messaging.TimeTokens;
import org.mentorbot.core.roster.Profile;
import org.mentorbot.core.roster.RoundNotices;
import org.mentorbot.core.schedule.JobHandler;

/**
 * The DMs about a round's sign-up, as durable jobs: when a round opens (by hand or on schedule)
 * every roster member whose round notices are on is invited with the Join button(s), and {@code
 * reminder-days} before sign-up closes those who have not joined get one reminder. A round-level
 * job picks the recipients when it runs; one send job per member waits for the member's local
 * daytime and checks again before sending (still open, still on the roster, notices still on, not
 * paused, not joined), so nothing stale or unwanted goes out, even after downtime.
 */
final class SignupNotices {

  static final String FAN_OUT = "round-notices";
  static final String SEND = "round-notice";

  /** The invitation at opening. */
  static final String INVITE = "open";

  /** The one reminder before sign-up closes. */
  static final String REMIND = "remind";

  /** A reminder closer than this to the opening would only repeat the invitation. */
  static final Duration MIN_GAP = Duration.ofDays(1);

  private final Rounds rounds;
  private final RoundNotices notices = new RoundNotices();

  SignupNotices(Rounds rounds) {
    this.rounds = rounds;
  }

  /** Plans the invitations (now) and the reminder of a round that just opened. */
  void plan(Handle tx, CommunityId community, Round round, CommunitySettings settings) {
    schedule(tx, community, round, INVITE, round.openedAt());
    reminderAt(round, settings).ifPresent(at -> schedule(tx, community, round, REMIND, at));
  }

  /**
   * When the reminder is due: {@code reminder-days} before sign-up closes, unless that is before or
   * too close to the opening (a short sign-up has only the invitation).
   */
  static Optional<Instant> reminderAt(Round round, CommunitySettings settings) {
    Instant at = round.signupClosesAt().minus(Duration.ofDays(settings.reminderDays()));
    return at.isBefore(round.openedAt().plus(MIN_GAP)) ? Optional.empty() : Optional.of(at);
  }

  private void schedule(Handle tx, CommunityId community, Round round, String kind, Instant at) {
    rounds
        .context
        .jobs()
        .schedule(
            tx,
            community,
            FAN_OUT,
            round.id() + ":" + kind,
            at,
            FAN_OUT + ":" + round.id() + ":" + kind);
  }

  List<JobHandler> handlers() {
    return List.of(JobHandler.of(FAN_OUT, this::fanOut), JobHandler.of(SEND, this::send));
  }

  /** Picks the recipients and plans one send per member at their next local daytime. */
  private void fanOut(Handle tx, CommunityId community, String payload) {
    String[] parts = payload.split(":", 2);
    Optional<Round> round = stillOpen(tx, Long.parseLong(parts[0]));
    if (round.isEmpty()) {
      return;
    }
    long c = round.get().communityId();
    Set<String> off = notices.off(tx, c);
    Set<String> joined = joined(tx, round.get());
    DaytimeWindow window = DaytimeWindow.of(rounds.settings(tx, community));
    Instant now = rounds.now();
    Set<String> busy =
        round.get().circles() ? Set.of() : rounds.mentorships.busyMentees(tx, c).keySet();
    Map<String, Integer> load = rounds.mentorships.store().runningMenteesByMentor(tx, c);
    for (Profile p : rounds.roster.all(tx, c)) {
      if (!p.onRoster()
          || off.contains(p.userId())
          || joined.contains(p.userId())
          || paused(p, now)
          || cannotTakePart(p, busy, load, round.get())) {
        continue;
      }
      Instant at = window.deliverAt(now, zone(p));
      if (!at.isBefore(round.get().signupClosesAt())) {
        continue; // their morning comes after sign-up closes
      }
      String send = round.get().id() + ":" + parts[1] + ":" + p.userId();
      rounds.context.jobs().schedule(tx, community, SEND, send, at, SEND + ":" + send);
    }
  }

  /** Sends one member's invitation or reminder if it still makes sense now. */
  private void send(Handle tx, CommunityId community, String payload) {
    String[] parts = payload.split(":", 3);
    Optional<Round> found = stillOpen(tx, Long.parseLong(parts[0]));
    if (found.isEmpty()) {
      return;
    }
    Round round = found.get();
    String user = parts[2];
    Optional<Profile> profile =
        rounds.roster.find(tx, round.communityId(), user).filter(Profile::onRoster);
    Instant now = rounds.now();
    if (profile.isEmpty()
        || !notices.on(tx, round.communityId(), user)
        || paused(profile.get(), now)
        || joined(tx, round).contains(user)) {
      return;
    }
    Instant at =
        DaytimeWindow.of(rounds.settings(tx, community)).deliverAt(now, zone(profile.get()));
    if (at.isAfter(now)) {
      // Ran at night (late after downtime, or the member moved zone): wait for their morning,
      // unless sign-up closes before it.
      if (at.isBefore(round.signupClosesAt())) {
        rounds
            .context
            .jobs()
            .schedule(
                tx, community, SEND, payload, at, SEND + ":" + payload + ":" + at.toEpochMilli());
      }
      return;
    }
    Message message =
        parts[1].equals(REMIND) ? reminder(round, profile.get()) : invitation(round, profile.get());
    rounds
        .context
        .outbox()
        .enqueue(
            tx,
            community,
            new Destination.DirectMessage(user),
            message,
            "round-notice-msg:" + payload);
  }

  /**
   * A member this round cannot match, so the invitation would be noise: a mentee-only member still
   * in a mentorship, or a mentor-only member whose capacity is full (peer circles take everyone).
   */
  private static boolean cannotTakePart(
      Profile p, Set<String> busy, Map<String, Integer> load, Round round) {
    if (round.circles() || (p.mentor() && p.mentee())) {
      return false;
    }
    return p.mentee()
        ? busy.contains(p.userId())
        : load.getOrDefault(p.userId(), 0) >= p.capacity();
  }

  private Optional<Round> stillOpen(Handle h, long roundId) {
    Instant now = rounds.now();
    return rounds
        .rounds
        .byId(h, roundId)
        .filter(r -> r.state() == RoundState.OPEN && now.isBefore(r.signupClosesAt()));
  }

  private Set<String> joined(Handle h, Round round) {
    return rounds.rounds.participants(h, round.id()).stream()
        .map(Participant::userId)
        .collect(Collectors.toSet());
  }

  private static boolean paused(Profile p, Instant now) {
    return p.pausedOn(LocalDate.ofInstant(now, zone(p)));
  }

  private static ZoneId zone(Profile p) {
    return p.zone().orElse(ZoneOffset.UTC);
  }

  /** The DM at opening: what the round is for this member, when it closes, Join. */
  static Message invitation(Round round, Profile p) {
    return withJoin(
            Message.builder(
                    forYou(round, p)
                        + " Sign-up closes "
                        + TimeTokens.at(round.signupClosesAt())
                        + " ("
                        + TimeTokens.relative(round.signupClosesAt())
                        + "). "
                        + FOOTER)
                .title("Round " + round.number() + " is open — " + Kinds.describe(round.kind())),
            round,
            p)
        .build();
  }

  /** The one reminder to a member who has not joined. */
  static Message reminder(Round round, Profile p) {
    return withJoin(
            Message.builder(
                    "Sign-up for round "
                        + round.number()
                        + " closes "
                        + TimeTokens.at(round.signupClosesAt())
                        + " ("
                        + TimeTokens.relative(round.signupClosesAt())
                        + ") and you have not joined. "
                        + forYou(round, p)
                        + " This is the only reminder. "
                        + FOOTER)
                .title("Round " + round.number() + " sign-up closes soon"),
            round,
            p)
        .build();
  }

  private static final String FOOTER =
      "You get this because your round notices are on; `/mentor edit notify:off` stops them.";

  private static String forYou(Round round, Profile p) {
    if (round.circles()) {
      return "Join to be placed in a small circle of peers who share your topics.";
    }
    if (p.mentor() && p.mentee()) {
      return "Join as a mentor or as a mentee (one role per round).";
    }
    return p.mentor()
        ? "Join to be matched with a mentee who wants to learn "
            + String.join(", ", p.mentorTopics())
            + "."
        : "Join to be matched with a mentor for " + String.join(", ", p.menteeTopics()) + ".";
  }

  private static Message.Builder withJoin(Message.Builder m, Round round, Profile p) {
    String join = RoundOpener.JOIN_ACTION + ":" + round.id();
    if (!round.circles() && p.mentor() && p.mentee()) {
      return m.button(Button.primary("Join as mentor", join + ":" + Participant.MENTOR))
          .button(Button.primary("Join as mentee", join + ":" + Participant.MENTEE));
    }
    return m.button(Button.primary("Join", join));
  }
}
