package org.mentorbot.core.testing;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentorbot.core.MentorbotCore;
import org.mentorbot.core.command.Actor;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.RateLimiter;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.storage.Database;

/**
 * A whole core over a private in-memory database, a fixed clock and a recording gateway: one
 * community whose members run commands by name. {@code mod} is a moderator.
 */
public final class TestCommunity implements AutoCloseable {

  public static final CommunityId ID = new CommunityId(Platform.CONSOLE, "test");

  public final MutableClock clock = MutableClock.startingMonday();
  public final RecordingChatGateway gateway = new RecordingChatGateway();
  public final Database db;
  public final MentorbotCore core;

  public TestCommunity() {
    this(org.mentorbot.core.testing.TestDatabase.fresh());
  }

  public TestCommunity(Database db) {
    this.db = db;
    this.core =
        MentorbotCore.builder(db, gateway)
            .clock(clock)
            .rateLimiter(RateLimiter.unlimited())
            .build();
  }

  public static Invocation as(String user) {
    boolean moderator = user.equals("mod");
    return new Invocation(ID, new Actor(user, user, moderator, Set.of()), Optional.of("general"));
  }

  /** Runs {@code /root text} as {@code user} and delivers whatever became due. */
  public Reply run(String user, String root, String text) {
    Reply reply = core.commands().runText(as(user), root, text);
    core.runDueWork();
    return reply;
  }

  /** Runs a /mentor command. */
  public Reply mentor(String user, String text) {
    return run(user, "mentor", text);
  }

  public Reply press(String user, String actionId) {
    Reply reply = core.commands().press(as(user), actionId);
    core.runDueWork();
    return reply;
  }

  /** The text of a reply that must have succeeded, with title and fields, for assertions. */
  public static String shown(Reply reply) {
    if (!(reply instanceof Reply.Shown shown)) {
      throw new AssertionError("expected a shown reply but got " + reply);
    }
    return flatten(shown.message());
  }

  /** The problem text of a reply that must have failed. */
  public static String problem(Reply reply) {
    if (!(reply instanceof Reply.Problem problem)) {
      throw new AssertionError("expected a problem but got " + reply);
    }
    return problem.text();
  }

  public static String flatten(Message m) {
    StringBuilder out = new StringBuilder(m.title()).append('\n').append(m.text());
    m.fields().forEach(f -> out.append('\n').append(f.name()).append(": ").append(f.value()));
    m.buttons()
        .forEach(
            b -> out.append("\n[").append(b.label()).append("](").append(b.actionId()).append(')'));
    return out.toString();
  }

  /** A single number from SQL, for asserting what is stored. */
  public int count(String sql) {
    Integer n = db.read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    return n;
  }

  /** One text column from SQL. */
  public List<String> strings(String sql) {
    List<String> values = db.read(h -> h.createQuery(sql).mapTo(String.class).list());
    return values;
  }

  public List<RecordingChatGateway.Delivery> deliveries() {
    return gateway.delivered();
  }

  @Override
  public void close() {
    core.close();
    db.close();
  }
}
