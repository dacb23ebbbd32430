package org.mentorbot.core.asks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorbot.core.MentorbotCore;
import org.mentorbot.core.command.Actor;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.RateLimiter;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.testing.MutableClock;
import org.mentorbot.core.testing.RecordingChatGateway;

/** A real core over in-memory SQLite with a hand-moved clock and a recording chat platform. */
final class AskFixture implements AutoCloseable {

  static final CommunityId COMMUNITY = new CommunityId(Platform.CONSOLE, "asks-test");

  final Database db = org.mentorbot.core.testing.TestDatabase.fresh();
  final MutableClock clock = MutableClock.startingMonday();
  final RecordingChatGateway gateway = new RecordingChatGateway();
  final MentorbotCore core =
      MentorbotCore.builder(db, gateway).clock(clock).rateLimiter(RateLimiter.unlimited()).build();

  static Invocation as(String userId) {
    return Invocation.of(COMMUNITY, Actor.member(userId));
  }

  static Invocation as(String userId, String displayName) {
    return Invocation.of(COMMUNITY, new Actor(userId, displayName, false, Set.of()));
  }

  static Invocation moderator(String userId) {
    return Invocation.of(COMMUNITY, new Actor(userId, userId, true, Set.of()));
  }

  Reply run(String userId, String text) {
    return core.commands().runText(as(userId), "mentor", text);
  }

  /** Runs a command that must succeed and returns its text. */
  String ok(String userId, String text) {
    return shown(run(userId, text));
  }

  Reply press(String userId, String actionId) {
    return core.commands().press(as(userId), actionId);
  }

  static String shown(Reply reply) {
    assertThat(reply).as("reply %s", reply).isInstanceOf(Reply.Shown.class);
    return ((Reply.Shown) reply).message().text();
  }

  static Reply.Problem problem(Reply reply) {
    assertThat(reply).as("reply %s", reply).isInstanceOf(Reply.Problem.class);
    return (Reply.Problem) reply;
  }

  void mentor(String userId, String topics) {
    ok(userId, "signup mentor topics:" + topics);
  }

  void mentee(String userId, String topics, String goals) {
    ok(userId, "signup mentee topics:" + topics + " goals:\"" + goals + "\"");
  }

  /** Delivers everything due and returns what the platform received during this call. */
  List<RecordingChatGateway.Delivery> deliver() {
    int before = gateway.delivered().size();
    core.runDueWork();
    List<RecordingChatGateway.Delivery> all = gateway.delivered();
    return all.subList(before, all.size());
  }

  List<Message> to(String userId) {
    return gateway.deliveredTo(new Destination.DirectMessage(userId));
  }

  /** Every row of the tables an ask can touch, to prove a refusal changed nothing. */
  Map<String, List<Map<String, Object>>> snapshot() {
    return db.read(
        h ->
            Map.of(
                "ask", h.createQuery("SELECT * FROM ask ORDER BY id").mapToMap().list(),
                "outbox", h.createQuery("SELECT * FROM outbox ORDER BY id").mapToMap().list(),
                "job", h.createQuery("SELECT * FROM job ORDER BY id").mapToMap().list(),
                "community",
                    h.createQuery("SELECT * FROM community ORDER BY id").mapToMap().list()));
  }

  String askState(long id) {
    return db.read(
        h ->
            h.createQuery("SELECT state FROM ask WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .one());
  }

  String jobState(long askId) {
    return db.read(
        h ->
            h.createQuery("SELECT state FROM job WHERE kind = 'ask-expire' AND payload = :p")
                .bind("p", Long.toString(askId))
                .mapTo(String.class)
                .one());
  }

  @Override
  public void close() {
    core.close();
    db.close();
  }
}
