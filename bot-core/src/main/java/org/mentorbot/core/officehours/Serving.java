package org.mentorbot.core.officehours;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.text.SafeText;

/** Calling people in join order, confirming presence, skipping no-shows, finishing turns. */
final class Serving {

  static final String NO_SHOW_JOB = "oh-noshow";

  /** What {@code next} did: who was finished and who (if anyone) was called. */
  record Called(List<Entry> finished, Optional<Entry> called, int stillWaiting) {}

  private final OfficeHours oh;

  Serving(OfficeHours oh) {
    this.oh = oh;
  }

  /** Finishes the host's current turn and calls the first person waiting, atomically. */
  Called next(Handle tx, CommunityId community, Session session, String hostId) {
    Instant now = oh.now();
    List<Entry> finished = oh.entries().calledBy(tx, session.id(), hostId);
    finished.forEach(e -> finish(tx, community, e, now));
    Optional<Entry> first = oh.entries().firstWaiting(tx, session.id());
    if (first.isEmpty()) {
      return new Called(finished, Optional.empty(), 0);
    }
    Entry entry = first.get();
    if (!oh.entries().call(tx, entry.id(), hostId, now)) {
      throw new IllegalStateException("entry " + entry.id() + " was called twice");
    }
    int minutes = oh.settings(tx, community).noShowMinutes();
    Message turn =
        Message.builder(
                "It's your turn! "
                    + OfficeHours.mention(hostId)
                    + " is ready for you in office hours "
                    + session.label()
                    + ". Press *I'm here* within "
                    + minutes
                    + " minutes, or you'll be skipped.")
            .title("Office hours")
            .mention(entry.userId())
            .button(Button.primary("I'm here", "oh-here:" + entry.id()))
            .build();
    oh.dm(tx, community, entry.userId(), turn, "oh-turn:" + entry.id());
    oh.context()
        .jobs()
        .schedule(
            tx,
            community,
            NO_SHOW_JOB,
            Long.toString(entry.id()),
            now.plus(Duration.ofMinutes(minutes)),
            NO_SHOW_JOB + ":" + entry.id());
    tellNext(tx, community, session);
    Entry called = oh.entries().byId(tx, entry.id()).orElseThrow();
    return new Called(finished, Optional.of(called), oh.entries().waitingCount(tx, session.id()));
  }

  /** Ends a called turn as served (the mentor moved on or closed). */
  void finish(Handle tx, CommunityId community, Entry entry, Instant now) {
    if (oh.entries().move(tx, entry.id(), EntryState.CALLED, EntryState.SERVED, now)) {
      oh.context().jobs().cancel(tx, community, NO_SHOW_JOB + ":" + entry.id());
    }
  }

  /** The member pressed I'm here: the no-show timer stops and the mentor is told. */
  String confirm(Handle tx, CommunityId community, Entry entry) {
    Session session = oh.sessions().byId(tx, entry.sessionId()).orElseThrow();
    if (entry.state() == EntryState.NO_SHOW) {
      return "You were skipped because you didn't answer in time. " + rejoinHint(session);
    }
    if (entry.state() != EntryState.CALLED) {
      return "That turn is over. " + rejoinHint(session);
    }
    String host = entry.calledBy().orElse(session.ownerId());
    if (entry.presentAt().isPresent()) {
      return "You already told " + OfficeHours.mention(host) + " you're here.";
    }
    oh.entries().markPresent(tx, entry.id(), oh.now());
    oh.context().jobs().cancel(tx, community, NO_SHOW_JOB + ":" + entry.id());
    if (host.equals(OfficeHours.ERASED)) {
      return "Thanks, you're marked as here.";
    }
    oh.dm(
        tx,
        community,
        host,
        Message.builder(
                OfficeHours.mention(entry.userId()) + " is here for " + session.label() + ".")
            .mention(host)
            .build(),
        "oh-here:" + entry.id());
    return "Thanks! " + OfficeHours.mention(host) + " knows you're here.";
  }

  /** The no-show timer ran out: skip the member if they never confirmed, and tell both sides. */
  void skipIfAbsent(Handle tx, CommunityId community, long entryId) {
    Optional<Entry> found = oh.entries().byId(tx, entryId);
    if (found.isEmpty()
        || found.get().state() != EntryState.CALLED
        || found.get().presentAt().isPresent()) {
      return;
    }
    Entry entry = found.get();
    oh.entries().move(tx, entry.id(), EntryState.CALLED, EntryState.NO_SHOW, oh.now());
    Session session = oh.sessions().byId(tx, entry.sessionId()).orElseThrow();
    int minutes = oh.settings(tx, community).noShowMinutes();
    oh.dm(
        tx,
        community,
        entry.userId(),
        Message.of(
            "You were skipped in office hours "
                + session.label()
                + " because you didn't answer within "
                + minutes
                + " minutes. "
                + rejoinHint(session)),
        "oh-skipped:" + entry.id());
    String host = entry.calledBy().orElse(session.ownerId());
    int waiting = oh.entries().waitingCount(tx, session.id());
    if (host.equals(OfficeHours.ERASED)) {
      return;
    }
    oh.dm(
        tx,
        community,
        host,
        Message.builder(
                OfficeHours.mention(entry.userId())
                    + " didn't answer within "
                    + minutes
                    + " minutes and was skipped. "
                    + (waiting == 0
                        ? "Nobody else is waiting."
                        : waiting + " waiting: `/officehours next` calls the next person."))
            .mention(host)
            .build(),
        "oh-noshow-host:" + entry.id());
  }

  /** Tells the first person waiting that they are next, once. */
  void tellNext(Handle tx, CommunityId community, Session session) {
    Optional<Entry> first = oh.entries().firstWaiting(tx, session.id());
    if (first.isEmpty() || first.get().nextTold()) {
      return;
    }
    Entry entry = first.get();
    oh.entries().markNextTold(tx, entry.id());
    oh.dm(
        tx,
        community,
        entry.userId(),
        Message.builder(
                "You're next in office hours "
                    + session.label()
                    + " with "
                    + OfficeHours.mention(session.ownerId())
                    + ". Stay close: I'll message you when it's your turn.")
            .mention(entry.userId())
            .build(),
        "oh-next:" + entry.id());
  }

  static String question(Entry entry) {
    return "\"" + SafeText.clip(SafeText.of(entry.question()), 300) + "\"";
  }

  static String rejoinHint(Session session) {
    return session.state() == SessionState.OPEN
        ? "If you still need help, join again: `/queue join "
            + session.number()
            + " question:\"...\"`."
        : "See `/officehours list` for the next session.";
  }
}
