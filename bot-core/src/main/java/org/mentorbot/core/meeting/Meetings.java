package org.mentorbot.core.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.mentorship.Goal;
import org.mentorbot.core.mentorship.Mentorship;
import org.mentorbot.core.mentorship.Mentorships;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.CalendarInvite;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.messaging.TimeTokens;
import org.mentorbot.core.roster.Profile;
import org.mentorbot.core.roster.RosterStore;

/**
 * What the meeting commands, buttons, jobs and the mentorship listener share: proposing, accepting,
 * moving and cancelling a meeting, and the invites that go with each change. Everything runs in the
 * caller's write transaction; every message is an outbox row with a key naming the change.
 */
final class Meetings {

  static final int DEFAULT_MINUTES = 45;
  static final Duration HORIZON = Duration.ofDays(7);
  static final Duration FURTHEST = Duration.ofDays(120);
  static final int AGENDA_LIMIT = 1000;

  final CoreContext context;
  final Mentorships mentorships;
  final MeetingStore store = new MeetingStore();
  final RosterStore roster;
  final MeetingJobs jobs;

  Meetings(CoreContext context, Mentorships mentorships) {
    this.context = context;
    this.mentorships = mentorships;
    this.roster = new RosterStore(context.clock());
    this.jobs = new MeetingJobs(this);
  }

  Instant now() {
    return context.clock().instant();
  }

  ZoneId zone(Handle h, long communityId, String userId) {
    return roster.find(h, communityId, userId).flatMap(Profile::zone).orElse(ZoneOffset.UTC);
  }

  SharedHours sharedHours(Handle h, CommunityId community) {
    CommunitySettings s = context.settings().load(h, community);
    return new SharedHours(s.dayStart(), s.dayEnd());
  }

  Mentorship mentorshipOf(Handle h, Meeting meeting) {
    return mentorships
        .store()
        .find(h, meeting.mentorshipId())
        .orElseThrow(() -> new ProblemException("That meeting no longer exists.", ""));
  }

  /** The meeting, if it belongs to this community and {@code userId} is one of its members. */
  Meeting requireOwn(Handle h, long communityId, long meetingId, String userId) {
    Optional<Meeting> meeting =
        store.find(h, meetingId).filter(m -> m.communityId() == communityId);
    if (meeting.isEmpty()
        || !mentorships
            .store()
            .find(h, meeting.get().mentorshipId())
            .map(m -> m.involves(userId))
            .orElse(false)) {
      throw new ProblemException(
          "Meeting #" + meetingId + " is not one of yours.",
          "`/mentor meetings` lists your meetings and their numbers.");
    }
    return meeting.get();
  }

  /**
   * Proposes {@code when} to the others of the mentorship. Refuses times that have passed, are too
   * far ahead, or fall outside anyone's daytime (unless {@code anyway}).
   */
  Meeting propose(
      Handle tx,
      CommunityId community,
      Mentorship mentorship,
      String by,
      TimeRange when,
      boolean anyway) {
    checkProposable(tx, community, mentorship, by, when, anyway);
    Instant now = now();
    for (Meeting open : store.open(tx, mentorship.id(), now)) {
      if (open.start().equals(when.start())) {
        throw new ProblemException(
            "Meeting #" + open.id() + " is already " + describeState(open) + " for that time.",
            "`/mentor meetings` shows it.");
      }
    }
    long id =
        store.propose(
            tx, mentorship.communityId(), mentorship.id(), mentorship.roundId(), when, by, now);
    Meeting meeting = store.find(tx, id).orElseThrow();
    for (String other : mentorship.othersOf(by)) {
      dm(
          tx,
          community,
          other,
          MeetingMessages.proposal(meeting, mentorship, by, other),
          "meeting-proposal:" + id + ":" + other);
    }
    return meeting;
  }

  /** Moves a scheduled meeting: the others get Accept / Keep the old time. */
  Meeting proposeMove(
      Handle tx,
      CommunityId community,
      Meeting meeting,
      Mentorship mentorship,
      String by,
      TimeRange when,
      boolean anyway) {
    if (meeting.state() == MeetingState.PROPOSED) {
      throw new ProblemException(
          "Meeting #" + meeting.id() + " is only proposed so far.",
          "Propose the new time instead: `/mentor meet @partner when:\"...\"`, and cancel the"
              + " old proposal with `/mentor meetings cancel:"
              + meeting.id()
              + "`.");
    }
    requireOpen(meeting);
    checkProposable(tx, community, mentorship, by, when, anyway);
    store.proposeMove(tx, meeting.id(), when, by, now());
    Meeting moved = store.find(tx, meeting.id()).orElseThrow();
    for (String other : mentorship.othersOf(by)) {
      dm(
          tx,
          community,
          other,
          MeetingMessages.moveProposal(moved, mentorship, by, other),
          "meeting-move:" + meeting.id() + ":" + when.start().getEpochSecond() + ":" + other);
    }
    return moved;
  }

  private void checkProposable(
      Handle h,
      CommunityId community,
      Mentorship mentorship,
      String by,
      TimeRange when,
      boolean anyway) {
    if (!mentorship.running()) {
      throw new ProblemException(
          "Your mentorship with " + mentorship.withWhom(by) + " has ended.",
          "`/mentor matches` shows your current ones.");
    }
    Instant now = now();
    ZoneId mine = zone(h, mentorship.communityId(), by);
    if (!when.start().isAfter(now)) {
      throw new ProblemException(
          "That time has passed: it is " + LocalTimes.at(now, mine) + " now.",
          "Pick a time ahead, in your timezone (" + TimeTokens.label(mine) + ").");
    }
    if (when.start().isAfter(now.plus(FURTHEST))) {
      throw new ProblemException(
          "That is more than " + FURTHEST.toDays() + " days ahead.",
          "Propose a time in the next few weeks; you can always add more meetings later.");
    }
    if (anyway) {
      return;
    }
    SharedHours hours = sharedHours(h, community);
    for (String member : mentorship.memberIds()) {
      ZoneId zone = zone(h, mentorship.communityId(), member);
      if (!hours.inDaytime(zone, when)) {
        String whose = member.equals(by) ? "your" : "<@" + member + ">'s";
        throw new ProblemException(
            "That is outside " + whose + " daytime: " + LocalTimes.range(when, zone) + " for them.",
            "Pick a time in everyone's daytime ("
                + hours.dayStart()
                + "–"
                + hours.dayEnd()
                + " local), see the shared hours with `/mentor meetings`, or add `anyway:yes` if"
                + " you have agreed on it.");
      }
    }
  }

  /** Accepts a proposal or a proposed move; the meeting is set and everyone gets the invite. */
  String accept(Handle tx, CommunityId community, Meeting meeting, String userId) {
    Mentorship mentorship = mentorshipOf(tx, meeting);
    requireOpen(meeting);
    Instant now = now();
    if (meeting.state() == MeetingState.PROPOSED) {
      if (meeting.proposedBy().equals(userId)) {
        throw new ProblemException(
            "You proposed meeting #" + meeting.id() + " yourself.",
            "It is set once " + mentorship.withWhom(userId) + " accepts.");
      }
      if (!meeting.start().isAfter(now)) {
        throw new ProblemException(
            "The time of meeting #" + meeting.id() + " has passed.",
            "Propose a new one: `/mentor meet @partner when:\"...\"`.");
      }
      store.schedule(tx, meeting.id(), now);
    } else {
      Meeting.Move move =
          meeting
              .move()
              .orElseThrow(
                  () ->
                      new ProblemException(
                          "Meeting #" + meeting.id() + " is already set.",
                          "`/mentor meetings` shows it."));
      if (move.by().equals(userId)) {
        throw new ProblemException(
            "You proposed the new time yourself.",
            "It changes once " + mentorship.withWhom(userId) + " accepts.");
      }
      jobs.unplan(tx, community, meeting);
      store.applyMove(tx, meeting.id(), now);
    }
    Meeting set = store.find(tx, meeting.id()).orElseThrow();
    jobs.plan(tx, community, set);
    sendInvites(tx, community, set, mentorship, userId);
    return MeetingMessages.setReply(set, mentorship, userId);
  }

  /** "Another time": the proposal (or the move) is off; the proposer is told. */
  String decline(Handle tx, CommunityId community, Meeting meeting, String userId) {
    mentorshipOf(tx, meeting); // refuses a meeting whose mentorship was erased
    requireOpen(meeting);
    Instant now = now();
    String proposer;
    if (meeting.state() == MeetingState.PROPOSED) {
      if (meeting.proposedBy().equals(userId)) {
        throw new ProblemException(
            "You proposed meeting #" + meeting.id() + " yourself.",
            "Withdraw it with `/mentor meetings cancel:" + meeting.id() + "`.");
      }
      store.setState(tx, meeting.id(), MeetingState.DECLINED, false, now);
      proposer = meeting.proposedBy();
    } else {
      Meeting.Move move =
          meeting
              .move()
              .orElseThrow(
                  () ->
                      new ProblemException(
                          "Meeting #" + meeting.id() + " is set; there is nothing to answer.",
                          "To call it off: `/mentor meetings cancel:" + meeting.id() + "`."));
      if (move.by().equals(userId)) {
        throw new ProblemException("You proposed the new time yourself.", "");
      }
      store.clearMove(tx, meeting.id(), now);
      proposer = move.by();
    }
    dm(
        tx,
        community,
        proposer,
        MeetingMessages.declined(meeting, userId),
        "meeting-declined:" + meeting.id() + ":" + now.toEpochMilli());
    return "Noted: I told <@"
        + proposer
        + "> you'd like another time."
        + " Propose one with `/mentor meet <@"
        + proposer
        + "> when:\"YYYY-MM-DD HH:MM\"`, or pick one of your shared windows: `/mentor meetings`.";
  }

  /** Cancels a meeting (or withdraws a proposal); a scheduled one sends CANCEL invites. */
  String cancel(Handle tx, CommunityId community, Meeting meeting, String userId, String why) {
    Mentorship mentorship = mentorshipOf(tx, meeting);
    requireOpen(meeting);
    Instant now = now();
    boolean wasScheduled = meeting.state() == MeetingState.SCHEDULED;
    store.setState(tx, meeting.id(), MeetingState.CANCELLED, wasScheduled, now);
    if (wasScheduled) {
      jobs.unplan(tx, community, meeting);
    }
    Meeting cancelled = store.find(tx, meeting.id()).orElseThrow();
    for (String member : mentorship.memberIds()) {
      if (member.equals(userId) && !wasScheduled) {
        continue;
      }
      Message.Builder b =
          Message.builder(
              MeetingMessages.cancelledText(cancelled, mentorship, userId, member, why));
      if (wasScheduled) {
        b.attachment(invite(tx, community, cancelled, mentorship).attachment(fileName(cancelled)));
      }
      dm(
          tx,
          community,
          member,
          b.build(),
          "meeting-cancel:" + meeting.id() + ":" + cancelled.sequence() + ":" + member);
    }
    return wasScheduled
        ? "Meeting #"
            + meeting.id()
            + " is cancelled; you both got a calendar update that removes it."
        : "Your proposal #" + meeting.id() + " is withdrawn.";
  }

  /** The mentorship ended: its open meetings are cancelled, with CANCEL invites. */
  void mentorshipEnded(Handle tx, CommunityId community, Mentorship mentorship) {
    for (Meeting meeting : store.open(tx, mentorship.id(), now())) {
      cancel(tx, community, meeting, "", "the mentorship has ended");
    }
  }

  /** The invite (or its update) to every member, each a DM with the file. */
  void sendInvites(
      Handle tx, CommunityId community, Meeting meeting, Mentorship mentorship, String actor) {
    CalendarInvite invite = invite(tx, community, meeting, mentorship);
    for (String member : mentorship.memberIds()) {
      dm(
          tx,
          community,
          member,
          MeetingMessages.invite(meeting, mentorship, member, actor)
              .attachment(invite.attachment(fileName(meeting)))
              .build(),
          "meeting-invite:" + meeting.id() + ":" + meeting.sequence() + ":" + member);
    }
  }

  /**
   * The meeting as an iCalendar event: the same UID for every version, SEQUENCE as stored, the
   * mentorship's open goals in the description (only the members receive it).
   */
  CalendarInvite invite(Handle h, CommunityId community, Meeting meeting, Mentorship mentorship) {
    List<Goal> goals = mentorships.goals().open(h, mentorship.id());
    String names =
        mentorship.memberIds().stream()
            .map(
                u ->
                    roster.find(h, mentorship.communityId(), u).map(Profile::displayName).orElse(u))
            .collect(Collectors.joining(", "));
    StringBuilder description =
        new StringBuilder(mentorship.circle() ? "Peer circle: " : "Mentorship: ").append(names);
    if (goals.isEmpty()) {
      description.append("\nNo open goals yet: agree on one together (/mentor goal add).");
    } else {
      description.append("\nOpen goals:");
      goals.forEach(g -> description.append("\n").append(g.number()).append(". ").append(g.text()));
    }
    description.append("\nMeet where you usually talk; mentorbot reminds you an hour before.");
    return new CalendarInvite(
        CalendarInvite.uid("meeting", meeting.id(), community),
        meeting.sequence(),
        meeting.start(),
        meeting.length(),
        (mentorship.circle() ? "Peer circle: " : "Mentoring: ") + names,
        description.toString(),
        meeting.state() == MeetingState.CANCELLED,
        now());
  }

  static String fileName(Meeting meeting) {
    return "meeting-" + meeting.id() + ".ics";
  }

  void dm(Handle tx, CommunityId community, String userId, Message message, String key) {
    context.outbox().enqueue(tx, community, new Destination.DirectMessage(userId), message, key);
  }

  private static void requireOpen(Meeting meeting) {
    if (meeting.state() == MeetingState.DECLINED || meeting.state() == MeetingState.CANCELLED) {
      throw new ProblemException(
          "Meeting #" + meeting.id() + " is " + meeting.state().label() + ".",
          "`/mentor meetings` shows your upcoming meetings.");
    }
  }

  static String describeState(Meeting m) {
    return m.state() == MeetingState.SCHEDULED ? "set" : m.state().label();
  }

  static List<Button> answerButtons(Meeting meeting) {
    return List.of(
        Button.primary("Accept", MeetingButtons.PREFIX + ":accept:" + meeting.id()),
        Button.secondary("Another time", MeetingButtons.PREFIX + ":other:" + meeting.id()));
  }
}
