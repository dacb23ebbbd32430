package org.mentorbot.core.officehours;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.text.SafeText;

/** Joining and leaving queues, with every queue rule checked before anything changes. */
final class QueueMembership {

  private final OfficeHours oh;
  private final Serving serving;
  private final Waits waits;

  QueueMembership(OfficeHours oh, Serving serving, Waits waits) {
    this.oh = oh;
    this.serving = serving;
    this.waits = waits;
  }

  /** Refuses (with what to do instead) when {@code userId} may not join {@code session} now. */
  void checkCanJoin(
      Handle h, long communityId, CommunityId community, Session session, String userId) {
    if (session.state() == SessionState.SCHEDULED) {
      throw new ProblemException(
          "Office hours " + session.label() + " haven't opened yet.",
          "They open "
              + OfficeHours.when(session.startsAt())
              + "; join then with `/queue join "
              + session.number()
              + " question:\"...\"`.");
    }
    if (session.state() == SessionState.CLOSED) {
      throw new ProblemException(
          "Office hours " + session.label() + " are closed.",
          otherSessions(h, communityId, session));
    }
    if (oh.sessions().paused(h, session.id())) {
      throw new ProblemException(
          "Office hours "
              + session.label()
              + " are not taking new people right now: the mentor is serving those already"
              + " waiting.",
          otherSessions(h, communityId, session));
    }
    if (oh.sessions().activeHosts(h, session.id()).contains(userId)) {
      throw new ProblemException(
          "You are serving " + session.label() + " yourself, so you can't queue in it.",
          "Use `/officehours next` to call the next person.");
    }
    Optional<Entry> already = oh.entries().openOf(h, session.id(), userId);
    if (already.isPresent()) {
      String where =
          already.get().state() == EntryState.CALLED
              ? "and it's your turn now"
              : "at position " + oh.entries().position(h, already.get());
      throw new ProblemException(
          "You are already in the queue for " + session.label() + ", " + where + ".",
          "One entry per session: see `/queue position`, or `/queue leave "
              + session.number()
              + "` to give up your place.");
    }
    int limit = oh.settings(h, community).queueLimit();
    List<Entry> mine = oh.entries().openOfMember(h, communityId, userId);
    if (mine.size() >= limit) {
      throw new ProblemException(
          "You are already in "
              + mine.size()
              + (mine.size() == 1 ? " queue" : " queues")
              + ", the most one member may hold here ("
              + limit
              + ").",
          "Leave one first with `/queue leave <session>`.");
    }
    int waiting = oh.entries().waitingCount(h, session.id());
    if (waiting >= session.capacity()) {
      throw new ProblemException(
          "Office hours " + session.label() + " are full (" + waiting + " waiting).",
          otherSessions(h, communityId, session));
    }
  }

  /** Adds the member at the back of the queue; the reply gives their position and wait. */
  String join(Handle tx, CommunityId community, Session session, String userId, String question) {
    long communityId = session.communityId();
    checkCanJoin(tx, communityId, community, session, userId);
    int before = oh.entries().waitingCount(tx, session.id());
    Entry entry = oh.entries().insert(tx, session, userId, question, oh.now());
    int position = oh.entries().position(tx, entry);
    if (before == 0) {
      for (String host : oh.sessions().activeHosts(tx, session.id())) {
        oh.dm(
            tx,
            community,
            host,
            Message.builder(
                    OfficeHours.mention(userId)
                        + " joined your empty queue in "
                        + session.label()
                        + " with "
                        + Serving.question(entry)
                        + ". `/officehours next` calls them.")
                .mention(host)
                .build(),
            "oh-first:" + entry.id() + ":" + host);
      }
    }
    if (position == 1) {
      oh.entries().markNextTold(tx, entry.id());
    }
    return "You're in the queue for "
        + session.label()
        + " with "
        + OfficeHours.mention(session.ownerId())
        + ": "
        + waits.describe(tx, session, entry)
        + (position == 1
            ? ". I'll message you when it's your turn."
            : ". I'll message you when you're next and when it's your turn.");
  }

  /** Takes the member's entry out of the queue; the new first person is told they're next. */
  String leave(Handle tx, CommunityId community, Entry entry) {
    Session session = oh.sessions().byId(tx, entry.sessionId()).orElseThrow();
    EntryState from = entry.state();
    oh.entries().move(tx, entry.id(), from, EntryState.LEFT, oh.now());
    if (from == EntryState.CALLED) {
      oh.context().jobs().cancel(tx, community, Serving.NO_SHOW_JOB + ":" + entry.id());
      String host = entry.calledBy().orElse(session.ownerId());
      oh.dm(
          tx,
          community,
          host,
          Message.builder(
                  OfficeHours.mention(entry.userId())
                      + " left the queue of "
                      + session.label()
                      + ". `/officehours next` calls the next person.")
              .mention(host)
              .build(),
          "oh-left:" + entry.id());
    }
    serving.tellNext(tx, community, session);
    return "You left the queue for " + session.label() + ".";
  }

  /** The member's open entry: in the named session, else their only one. */
  Entry ownEntry(Handle h, long communityId, String userId, Optional<Session> named) {
    if (named.isPresent()) {
      return oh.entries()
          .openOf(h, named.get().id(), userId)
          .orElseThrow(
              () ->
                  new ProblemException(
                      "You are not in the queue for " + named.get().label() + ".",
                      "`/queue position` shows the queues you are in."));
    }
    List<Entry> mine = oh.entries().openOfMember(h, communityId, userId);
    if (mine.isEmpty()) {
      throw new ProblemException(
          "You are not in any office-hours queue.",
          "Join one with `/queue join <session> question:\"...\"`.");
    }
    if (mine.size() > 1) {
      throw new ProblemException(
          "You are in " + mine.size() + " queues: " + numbers(h, mine) + ".",
          "Say which one, e.g. `/queue leave "
              + oh.sessions().byId(h, mine.get(0).sessionId()).orElseThrow().number()
              + "`.");
    }
    return mine.get(0);
  }

  static String checkQuestion(String raw) {
    String question = raw.strip();
    if (question.isEmpty()) {
      throw new ProblemException(
          "Your question is empty.", "Say what you need help with: `question:\"...\"`.");
    }
    if (question.length() > OfficeHours.MAX_QUESTION) {
      throw new ProblemException(
          "Your question is " + question.length() + " characters long.",
          "Keep it under " + OfficeHours.MAX_QUESTION + "; you can say more when it's your turn.");
    }
    if (SafeText.hasMassMention(question)) {
      throw new ProblemException(
          "Your question can't mention @everyone, @here or a role.", "Remove the mention.");
    }
    return question;
  }

  private String otherSessions(Handle h, long communityId, Session session) {
    List<Session> open =
        oh.sessions().inState(h, communityId, SessionState.OPEN).stream()
            .filter(s -> s.id() != session.id())
            .toList();
    if (!open.isEmpty()) {
      return "Open now: "
          + SessionRefs.summary(open)
          + ". Join one with `/queue join <number> question:\"...\"`.";
    }
    return "No other session is open; see `/officehours list` for upcoming ones.";
  }

  private String numbers(Handle h, List<Entry> entries) {
    return String.join(
        ", ",
        entries.stream()
            .map(e -> oh.sessions().byId(h, e.sessionId()).orElseThrow().label())
            .toList());
  }
}
