package org.mentorbot.core.officehours;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mentorbot.core.MentorbotCore;
import org.mentorbot.core.command.Actor;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.RateLimiter;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.messaging.TimeTokens;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.testing.MutableClock;
import org.mentorbot.core.testing.RecordingChatGateway;

/** A real core over real SQLite with a recording chat and a hand-moved clock. */
final class OfficeHoursFixture implements AutoCloseable {

  static final CommunityId COMMUNITY = new CommunityId(Platform.CONSOLE, "test");

  final Database db;
  final MutableClock clock;
  final RecordingChatGateway gateway = new RecordingChatGateway();
  final MentorbotCore core;
  private int seen;

  OfficeHoursFixture() {
    this(org.mentorbot.core.testing.TestDatabase.fresh(), MutableClock.startingMonday());
  }

  OfficeHoursFixture(Database db, MutableClock clock) {
    this.db = db;
    this.clock = clock;
    this.core =
        MentorbotCore.builder(db, gateway)
            .clock(clock)
            .rateLimiter(RateLimiter.unlimited())
            .build();
  }

  /** Runs {@code line} ("officehours open topic:java") as {@code user}; returns the reply. */
  Reply run(String user, String line) {
    int space = line.indexOf(' ');
    String root = space < 0 ? line : line.substring(0, space);
    String rest = space < 0 ? "" : line.substring(space + 1);
    return core.commands().runText(Invocation.of(COMMUNITY, actor(user)), root, rest);
  }

  /** The reply's text, problems included, for assertions. */
  String say(String user, String line) {
    return text(run(user, line));
  }

  String press(String user, String actionId) {
    return text(pressed(user, actionId));
  }

  Reply pressed(String user, String actionId) {
    return core.commands().press(Invocation.of(COMMUNITY, actor(user)), actionId);
  }

  int count(String sql) {
    Integer n = db.read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    return n;
  }

  List<String> strings(String sql) {
    List<String> values = db.read(h -> h.createQuery(sql).mapTo(String.class).list());
    return values;
  }

  /** Submits {@code form} as a front end does: its fixed options plus what the member entered. */
  String submit(String user, Reply.Form form, java.util.Map<String, String> entered) {
    return text(
        core.commands()
            .run(
                Invocation.of(COMMUNITY, actor(user)),
                Reply.Form.submission(form.root(), form.sub(), form.fixed(), entered)));
  }

  /** A form as "FORM title: intro", so a test sees the member was asked rather than answered. */
  static String text(Reply reply) {
    if (reply instanceof Reply.Form form) {
      return "FORM " + form.title() + ": " + shown(form.intro());
    }
    if (reply instanceof Reply.Shown shown) {
      return shown(shown.message().text());
    }
    return "PROBLEM: " + shown(((Reply.Problem) reply).text());
  }

  /**
   * The text as the console shows it to a reader in UTC: office hours carry their times as tokens
   * (none relative, so the reading moment does not matter).
   */
  static String shown(String text) {
    return TimeTokens.plain(text, ZoneOffset.UTC, Instant.EPOCH);
  }

  static Message shown(Message m) {
    return new Message(
        m.title(), shown(m.text()), m.fields(), m.buttons(), m.mentions(), m.attachment());
  }

  static boolean isProblem(Reply reply) {
    return reply instanceof Reply.Problem;
  }

  private static Actor actor(String user) {
    return new Actor(user, user, user.startsWith("mod"), Set.of());
  }

  void mentor(String user, String topics) {
    expectOk(run(user, "mentor signup mentor topics:" + topics));
  }

  void announceIn(String channel) {
    expectOk(run("mod", "mentor config announce-channel:#" + channel));
  }

  static void expectOk(Reply reply) {
    if (reply instanceof Reply.Problem p) {
      throw new AssertionError("expected success, got: " + p.text());
    }
  }

  /** Runs due jobs and deliveries; returns what was delivered since the last call. */
  List<RecordingChatGateway.Delivery> deliver() {
    core.runDueWork();
    List<RecordingChatGateway.Delivery> all = gateway.delivered();
    List<RecordingChatGateway.Delivery> fresh = new ArrayList<>(all.subList(seen, all.size()));
    seen = all.size();
    return fresh;
  }

  void advance(Duration step) {
    clock.advance(step);
  }

  static List<String> dmsTo(List<RecordingChatGateway.Delivery> deliveries, String user) {
    return deliveries.stream()
        .filter(d -> d.destination().equals(new Destination.DirectMessage(user)))
        .map(d -> shown(d.message().text()))
        .toList();
  }

  static List<Message> postsIn(List<RecordingChatGateway.Delivery> deliveries, String channel) {
    return deliveries.stream()
        .filter(d -> d.destination().equals(new Destination.Channel(channel)))
        .map(d -> shown(d.message()))
        .toList();
  }

  /** The action id of the first button on the latest DM to {@code user} that has one. */
  String lastButton(String user, String prefix) {
    List<Message> dms = gateway.deliveredTo(new Destination.DirectMessage(user));
    for (int i = dms.size() - 1; i >= 0; i--) {
      for (Button b : dms.get(i).buttons()) {
        if (b.actionId().startsWith(prefix)) {
          return b.actionId();
        }
      }
    }
    throw new AssertionError("no " + prefix + " button sent to " + user);
  }

  /** Count of rows in an office-hours table, to prove refused commands changed nothing. */
  int rows(String table) {
    return db.read(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
  }

  @Override
  public void close() {
    core.close();
    db.close();
  }
}
