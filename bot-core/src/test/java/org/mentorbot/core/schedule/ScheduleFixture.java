package org.mentorbot.core.schedule;

import java.time.Duration;
import java.util.List;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunityStore;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.testing.MutableClock;

/** Shared wiring for the schedule tests: one database, clock and community. */
final class ScheduleFixture {

  static final CommunityId GUILD = new CommunityId(Platform.DISCORD, "guild-1");
  static final Destination ALICE = new Destination.DirectMessage("alice");
  static final Destination BOB = new Destination.DirectMessage("bob");
  static final Destination CAROL = new Destination.DirectMessage("carol");
  static final Destination MODS = new Destination.Channel("mods");

  /** Small numbers so tests can walk through the whole retry budget. */
  static final WorkerSettings SETTINGS =
      new WorkerSettings(
          10,
          Duration.ofMinutes(2),
          Duration.ofMillis(20),
          new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(30), 5));

  final MutableClock clock = MutableClock.startingMonday();
  final CommunityStore communities = new CommunityStore(clock);
  final MessageCodec codec = new MessageCodec();
  final Database database;
  final SqlOutbox outbox;
  final SqlJobs jobs;

  ScheduleFixture(Database database) {
    this.database = database;
    this.outbox = new SqlOutbox(communities, codec, clock);
    this.jobs = new SqlJobs(communities, clock);
  }

  void enqueue(Destination destination, String text, String key) {
    database.writeVoid(h -> outbox.enqueue(h, GUILD, destination, Message.of(text), key));
  }

  long count(String sql) {
    return database.read(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  List<String> strings(String sql) {
    return database.read(h -> h.createQuery(sql).mapTo(String.class).list());
  }

  List<String> states(String table) {
    return database.read(
        h ->
            h.createQuery("SELECT state FROM " + table + " ORDER BY id")
                .mapTo(String.class)
                .list());
  }
}
