package org.mentorbot.core.outage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.testing.RecordingChatGateway;
import org.mentorbot.core.testing.TestCommunity;

/**
 * One community on a SQLite file whose bot can go down and come back: {@link #down()} closes the
 * core, {@link #backAt} opens a new one on the same file with the clock at the return. What members
 * and moderators receive is read per step with {@link #received()}, so each assertion says when.
 */
final class Outage implements AutoCloseable {

  private final String file;
  private TestCommunity c;
  private int seen;

  Outage(Path dir) {
    this.file = dir.resolve("mentorbot.db").toString();
    this.c = new TestCommunity(Database.openFile(file));
  }

  TestCommunity community() {
    return c;
  }

  /** Moves the clock while running, doing whatever falls due on the way at its time. */
  void runUntil(String instant) {
    c.clock.set(Instant.parse(instant));
    c.core.runDueWork();
  }

  void down() {
    received(); // whatever was delivered before going down is not part of the return
    c.close();
    c = null;
  }

  /** A new process on the same file, started at {@code instant}: runs what fell due meanwhile. */
  void backAt(String instant) {
    c = new TestCommunity(Database.openFile(file));
    seen = 0;
    c.clock.set(Instant.parse(instant));
    c.core.runDueWork();
  }

  /** Deliveries since the last call, as {@code "@user: text"}, {@code "#channel: text"}. */
  List<String> received() {
    List<RecordingChatGateway.Delivery> all = c.deliveries();
    List<String> out =
        all.subList(seen, all.size()).stream()
            .map(d -> where(d.destination()) + ": " + text(d.message()))
            .toList();
    seen = all.size();
    return out;
  }

  private static String text(Message m) {
    return (m.title().isEmpty() ? "" : m.title() + " | ") + m.text();
  }

  private static String where(Destination d) {
    if (d instanceof Destination.Channel ch) {
      return "#" + ch.channelId();
    }
    if (d instanceof Destination.DirectMessage dm) {
      return "@" + dm.userId();
    }
    return String.join(
        " ", ((Destination.Conversation) d).userIds().stream().map(u -> "@" + u).toList());
  }

  @Override
  public void close() {
    if (c != null) {
      c.close();
    }
  }
}
