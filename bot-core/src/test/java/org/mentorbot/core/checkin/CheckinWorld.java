package org.mentorbot.core.checkin;

import java.time.Duration;
import java.util.List;
import org.mentorbot.core.MentorbotCore;
import org.mentorbot.core.command.RateLimiter;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.testing.MutableClock;
import org.mentorbot.core.testing.RecordingChatGateway;
import org.mentorbot.core.testing.TestCommunity;

/**
 * A real core (in-memory SQLite, recording gateway, clock starting Monday 09:00 UTC) with a
 * moderators' channel, mentor ada with mentee sam (java) and mentor bob with mentee kim (python),
 * ready to be published.
 */
final class CheckinWorld implements AutoCloseable {

  final MutableClock clock = MutableClock.startingMonday();
  final RecordingChatGateway gateway = new RecordingChatGateway();
  final Database db;
  final MentorbotCore core;

  CheckinWorld() {
    this(CommunitySettings.defaults(), org.mentorbot.core.testing.TestDatabase.fresh());
  }

  CheckinWorld(CommunitySettings defaults, Database db) {
    this.db = db;
    this.core =
        MentorbotCore.builder(db, gateway)
            .clock(clock)
            .defaults(defaults)
            .rateLimiter(RateLimiter.unlimited())
            .build();
  }

  /** The defaults with another short-mentorship length. */
  static CommunitySettings shortWeeks(int weeks) {
    return CommunitySettings.defaults()
        .with(org.mentorbot.core.community.SettingKey.SHORT_WEEKS, Integer.toString(weeks));
  }

  /** Signs everyone up, with sam's extra options (e.g. a timezone), and opens a round they join. */
  CheckinWorld signedUp(String samExtra) {
    ok(mentor("mod", "config mod-channel:#mods"));
    ok(mentor("ada", "signup mentor topics:java years:10"));
    ok(mentor("sam", "signup mentee topics:java goals:\"First backend job\" years:1 " + samExtra));
    ok(mentor("bob", "signup mentor topics:python years:8"));
    ok(mentor("kim", "signup mentee topics:python goals:\"Data work\" years:2"));
    ok(run("mod", "round", "open"));
    for (String u : List.of("ada", "sam", "bob", "kim")) {
      ok(run(u, "round", "join"));
    }
    return this;
  }

  CheckinWorld published() {
    signedUp("");
    ok(run("mod", "round", "publish"));
    return this;
  }

  Reply run(String user, String root, String text) {
    Reply reply = core.commands().runText(TestCommunity.as(user), root, text);
    core.runDueWork();
    return reply;
  }

  Reply mentor(String user, String text) {
    return run(user, "mentor", text);
  }

  Reply press(String user, String actionId) {
    Reply reply = core.commands().press(TestCommunity.as(user), actionId);
    core.runDueWork();
    return reply;
  }

  void advance(Duration d) {
    clock.advance(d);
    core.runDueWork();
  }

  void days(int n) {
    advance(Duration.ofDays(n));
  }

  static String ok(Reply reply) {
    return TestCommunity.shown(reply);
  }

  long pairOf(String mentee) {
    return db.read(
        h ->
            h.createQuery(
                    "SELECT mentorship_id FROM mentorship_member WHERE user_id = :e"
                        + " AND role = 'mentee' ORDER BY mentorship_id DESC")
                .bind("e", mentee)
                .mapTo(Long.class)
                .first());
  }

  /** Titles of the direct messages {@code user} received, in order. */
  List<String> dms(String user) {
    return gateway.deliveredTo(new Destination.DirectMessage(user)).stream()
        .map(Message::title)
        .toList();
  }

  List<Message> dmMessages(String user) {
    return gateway.deliveredTo(new Destination.DirectMessage(user));
  }

  List<String> alerts() {
    return gateway.deliveredTo(new Destination.Channel("mods")).stream()
        .map(Message::text)
        .toList();
  }

  java.util.List<String> strings(String sql) {
    return db.read(h -> h.createQuery(sql).mapTo(String.class).list());
  }

  int count(String sql) {
    return db.read(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  @Override
  public void close() {
    core.close();
    db.close();
  }
}
