package org.mentorbot.core.officehours;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.text.Topics;

/** Opening, announcing and closing sessions, and planning the occurrences of weekly rules. */
final class Lifecycle {

  static final String OPEN_JOB = "oh-open";
  static final String CLOSE_JOB = "oh-close";
  static final String ANNOUNCE_JOB = "oh-announce";

  /** A start missed by more than this (downtime) is not opened late; the next one is planned. */
  static final Duration LATE_OPEN_GRACE = Duration.ofMinutes(10);

  /** What closing did, for the mentor's reply. */
  record Closed(int served, int noShows, int told) {}

  private final OfficeHours oh;
  private final Serving serving;

  Lifecycle(OfficeHours oh, Serving serving) {
    this.oh = oh;
    this.serving = serving;
  }

  /** Schedules the automatic close at the session's end. */
  void scheduleClose(Handle tx, CommunityId community, Session session) {
    oh.context()
        .jobs()
        .schedule(
            tx,
            community,
            CLOSE_JOB,
            Long.toString(session.id()),
            session.endsAt(),
            CLOSE_JOB + ":" + session.id());
  }

  /** Posts the open announcement with its Join button; false when there is no announce channel. */
  boolean announceOpen(Handle tx, CommunityId community, Session session) {
    Message message =
        Message.builder(
                OfficeHours.mention(session.ownerId())
                    + " is holding office hours "
                    + session.label()
                    + " now, until "
                    + OfficeHours.clock(session.endsAt())
                    + ". Join the queue with `/queue join "
                    + session.number()
                    + " question:\"...\"`.")
            .title("Office hours are open")
            .button(Button.primary("Join the queue", "oh-join:" + session.id()))
            .button(CalendarButton.of(session))
            .build();
    return oh.announce(tx, community, message, "oh-announce-open:" + session.id());
  }

  /**
   * Opens a planned session at its start time (the job), unless it is too late (the bot was down),
   * its mentor is paused, or the mentor is busy with another session. Then it is called off: the
   * mentor is told why, and after downtime the channel too, with the next date.
   */
  void openScheduled(Handle tx, CommunityId community, Session session, Optional<Session> next) {
    Instant now = oh.now();
    Optional<Session> busy =
        oh.sessions().openHostedBy(tx, session.communityId(), session.ownerId());
    boolean late = now.isAfter(session.startsAt().plus(LATE_OPEN_GRACE));
    boolean paused = oh.paused(tx, session.communityId(), session.ownerId());
    if (late || paused || busy.isPresent()) {
      oh.sessions().setState(tx, session.id(), SessionState.CLOSED, now);
      oh.context().jobs().cancel(tx, community, CLOSE_JOB + ":" + session.id());
      String nextText =
          next.map(n -> " The next is " + n.label() + " on " + OfficeHours.when(n.startsAt()) + ".")
              .orElse("");
      String why =
          late
              ? "because I was offline at its start time"
              : paused
                  ? "because you are paused (`/mentor resume` brings your weekly office hours back)"
                  : "because you already had " + busy.get().label() + " open";
      oh.dm(
          tx,
          community,
          session.ownerId(),
          Message.of(
              "Your scheduled office hours "
                  + session.label()
                  + " did not open "
                  + why
                  + "."
                  + nextText),
          "oh-missed:" + session.id());
      if (late || paused) {
        oh.announce(
            tx,
            community,
            Message.of(withHost(session) + " are not taking place." + nextText),
            "oh-not-held:" + session.id());
      }
      return;
    }
    oh.sessions().setState(tx, session.id(), SessionState.OPEN, now);
    oh.sessions().addHost(tx, session.id(), session.ownerId(), session.ownerName(), now);
    Session open = oh.sessions().byId(tx, session.id()).orElseThrow();
    boolean announced = announceOpen(tx, community, open);
    oh.dm(
        tx,
        community,
        session.ownerId(),
        Message.builder(
                "Your office hours "
                    + open.label()
                    + " are open until "
                    + OfficeHours.clock(open.endsAt())
                    + (announced ? "." : ", but not announced: no announce channel is set.")
                    + " `/officehours next` calls the first person.")
            .mention(session.ownerId())
            .build(),
        "oh-opened:" + session.id());
  }

  /**
   * A host stops serving: the session closes only when no other host is left. Returns empty when
   * others keep it open.
   */
  Optional<Closed> stopServing(Handle tx, CommunityId community, Session session, String hostId) {
    Instant now = oh.now();
    oh.entries()
        .calledBy(tx, session.id(), hostId)
        .forEach(e -> serving.finish(tx, community, e, now));
    oh.sessions().retireHost(tx, session.id(), hostId);
    if (!oh.sessions().activeHosts(tx, session.id()).isEmpty()) {
      return Optional.empty();
    }
    // Closed early: the end-of-session job has nothing left to do. (The job itself must not
    // cancel its own row, or the runner would roll its effects back.)
    oh.context().jobs().cancel(tx, community, CLOSE_JOB + ":" + session.id());
    return Optional.of(close(tx, community, session));
  }

  /** Closes the session: turns in progress count as served, everyone waiting is told. */
  Closed close(Handle tx, CommunityId community, Session session) {
    Instant now = oh.now();
    for (Entry called : oh.entries().inState(tx, session.id(), EntryState.CALLED)) {
      serving.finish(tx, community, called, now);
    }
    List<Entry> waiting = oh.entries().inState(tx, session.id(), EntryState.WAITING);
    oh.sessions().setState(tx, session.id(), SessionState.CLOSED, now);
    Optional<Session> later = nextLike(tx, session);
    String offer =
        later
            .map(
                s ->
                    "The next one is "
                        + s.label()
                        + " with "
                        + OfficeHours.mention(s.ownerId())
                        + " on "
                        + OfficeHours.when(s.startsAt())
                        + "; join it once it opens.")
            .orElse("Watch the announcements or `/officehours list` for the next session.");
    for (Entry entry : waiting) {
      oh.entries().move(tx, entry.id(), EntryState.WAITING, EntryState.DROPPED, now);
      oh.dm(
          tx,
          community,
          entry.userId(),
          Message.of(
              "Sorry — office hours "
                  + session.label()
                  + " with "
                  + OfficeHours.mention(session.ownerId())
                  + " have closed before your turn, and you were taken off the queue. "
                  + offer
                  + " Your question was: "
                  + Serving.question(entry)),
          "oh-dropped:" + entry.id());
    }
    int served = oh.entries().inState(tx, session.id(), EntryState.SERVED).size();
    int noShows = oh.entries().inState(tx, session.id(), EntryState.NO_SHOW).size();
    return new Closed(served, noShows, waiting.size());
  }

  /** The soonest planned session of the same mentor or topic, to offer people who missed out. */
  Optional<Session> nextLike(Handle h, Session closed) {
    return oh.sessions().inState(h, closed.communityId(), SessionState.SCHEDULED).stream()
        .filter(
            s ->
                s.ownerId().equals(closed.ownerId())
                    || (s.topic().isPresent() && s.topic().equals(closed.topic())))
        .findFirst();
  }

  /**
   * Plans the first occurrence of {@code rule} after {@code after}: a scheduled session plus its
   * announce, open and close jobs. Dedupe keys make planning the same occurrence twice harmless.
   */
  Session planNext(
      Handle tx, CommunityId community, long communityId, WeeklyRule rule, Instant after) {
    Instant candidate = rule.nextStartAfter(after);
    while (oh.schedules().skipped(tx, rule.id(), candidate.atZone(rule.zone()).toLocalDate())) {
      candidate = rule.nextStartAfter(candidate); // the mentor skipped that date
    }
    Instant start = candidate;
    Optional<Session> existing =
        oh.sessions().inState(tx, communityId, SessionState.SCHEDULED).stream()
            .filter(s -> s.scheduleId().equals(Optional.of(rule.id())))
            .filter(s -> s.startsAt().equals(start))
            .findFirst();
    if (existing.isPresent()) {
      return existing.get();
    }
    Session session =
        oh.sessions()
            .insert(
                tx,
                communityId,
                new SessionStore.NewSession(
                    rule.mentorId(),
                    rule.mentorName(),
                    rule.topic(),
                    rule.topic()
                        .map(t -> Topics.normalise(t, oh.settings(tx, community).topicAliases())),
                    OfficeHours.DEFAULT_CAPACITY,
                    rule.zone(),
                    SessionState.SCHEDULED,
                    Optional.of(rule.id()),
                    start,
                    start.plus(Duration.ofMinutes(rule.minutes()))),
                oh.now());
    var jobs = oh.context().jobs();
    String id = Long.toString(session.id());
    Instant now = oh.now();
    Instant dayAhead = start.minus(Duration.ofDays(1));
    Instant soon = start.minus(Duration.ofMinutes(15));
    if (dayAhead.isAfter(now)) {
      jobs.schedule(
          tx, community, ANNOUNCE_JOB, id + ":day", dayAhead, ANNOUNCE_JOB + ":day:" + id);
    }
    if (soon.isAfter(now)) {
      jobs.schedule(tx, community, ANNOUNCE_JOB, id + ":soon", soon, ANNOUNCE_JOB + ":soon:" + id);
    }
    jobs.schedule(tx, community, OPEN_JOB, id, start, OPEN_JOB + ":" + id);
    scheduleClose(tx, community, session);
    return session;
  }

  /** Calls off a planned session that has not opened yet, with its jobs (the rule changed). */
  void unplan(Handle tx, CommunityId community, Session session) {
    var jobs = oh.context().jobs();
    String id = Long.toString(session.id());
    jobs.cancel(tx, community, ANNOUNCE_JOB + ":day:" + id);
    jobs.cancel(tx, community, ANNOUNCE_JOB + ":soon:" + id);
    jobs.cancel(tx, community, OPEN_JOB + ":" + id);
    jobs.cancel(tx, community, CLOSE_JOB + ":" + id);
    oh.sessions().callOff(tx, session.id(), oh.now());
  }

  /**
   * Tells the channel that a planned session will not take place (skipped or its rule stopped),
   * naming the next one if there is one. Only sessions due within a week: a day-ahead notice may
   * have gone out, or members may have planned around it.
   */
  void tellCalledOff(Handle tx, CommunityId community, Session session, Optional<Session> next) {
    if (session.startsAt().isAfter(oh.now().plus(Duration.ofDays(7)))) {
      return;
    }
    oh.announce(
        tx,
        community,
        Message.of(
            withHost(session)
                + " are called off."
                + next.map(
                        n ->
                            " The next is "
                                + n.label()
                                + " on "
                                + OfficeHours.when(n.startsAt())
                                + ".")
                    .orElse("")),
        "oh-called-off:" + session.id());
  }

  /** The reminder a day or 15 minutes ahead of a planned session. */
  void announceAhead(Handle tx, CommunityId community, Session session, boolean dayAhead) {
    if (session.state() != SessionState.SCHEDULED
        || oh.paused(tx, session.communityId(), session.ownerId())) {
      return; // a paused mentor's sessions are suspended: nothing to announce
    }
    String when =
        dayAhead
            ? "tomorrow, " + OfficeHours.when(session.startsAt())
            : "in 15 minutes, at " + OfficeHours.clock(session.startsAt());
    Message message =
        Message.builder(
                OfficeHours.mention(session.ownerId())
                    + " holds office hours "
                    + session.label()
                    + " "
                    + when
                    + ", for "
                    + Duration.between(session.startsAt(), session.endsAt()).toMinutes()
                    + " minutes. Once it opens, join with `/queue join "
                    + session.number()
                    + " question:\"...\"`.")
            .title("Office hours coming up")
            .button(CalendarButton.of(session))
            .build();
    oh.announce(
        tx, community, message, "oh-announce-" + (dayAhead ? "day:" : "soon:") + session.id());
  }

  /** "Office hours #N with @host (time)": how a session is named to the channel. */
  private static String withHost(Session session) {
    return "Office hours "
        + session.label()
        + " with "
        + OfficeHours.mention(session.ownerId())
        + " ("
        + OfficeHours.when(session.startsAt())
        + ")";
  }
}
