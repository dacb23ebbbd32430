package org.mentorbot.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.mentorbot.core.community.CommunityStore;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.schedule.MessageCodec;
import org.mentorbot.core.schedule.OutboxDispatcher;
import org.mentorbot.core.schedule.UndeliverableListener;
import org.mentorbot.core.schedule.WorkerSettings;
import org.mentorbot.core.storage.Database;

/**
 * One instance of {@code bench outbox --instances N}: an outbox dispatcher on the shared database
 * whose platform takes a fixed time per call, until no message is pending. Arguments: database
 * (file or JDBC URL), platform latency in ms, delivery threads.
 */
public final class OutboxInstanceChild {

  private OutboxInstanceChild() {}

  public static void main(String[] args) {
    long latency = Duration.ofMillis(Long.parseLong(args[1])).toNanos();
    int threads = Integer.parseInt(args[2]);
    Clock clock = Clock.systemUTC();
    try (Database database =
            Database.open(
                args[0],
                System.getenv("MENTORBOT_DB_USER"),
                System.getenv("MENTORBOT_DB_PASSWORD"));
        OutboxDispatcher dispatcher =
            new OutboxDispatcher(
                database,
                (community, destination, message) -> {
                  LockSupport.parkNanos(latency); // the platform's round trip
                  return DeliveryResult.delivered();
                },
                new CommunityStore(clock),
                new MessageCodec(),
                clock,
                WorkerSettings.defaults().withDeliveryThreads(threads).withBatchSize(threads * 4),
                UndeliverableListener.NONE)) {
      // Ready: the parent enqueues the messages once every instance has said so, so all start
      // together and JVM start-up is not part of the figure.
      System.out.println("ready");
      System.out.flush();
      long giveUp = System.nanoTime() + Duration.ofMinutes(5).toNanos();
      // Wait for the messages to exist, not to be pending: another instance may have delivered
      // all of them before this one first looks (it then waited the whole five minutes).
      while (enqueued(database) == 0 && System.nanoTime() < giveUp) {
        LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
      }
      while (pending(database) > 0) {
        if (dispatcher.deliverDue() == 0) {
          LockSupport.parkNanos(Duration.ofMillis(20).toNanos()); // the rest is claimed by others
        }
      }
    }
  }

  static long enqueued(Database database) {
    return database.read(h -> h.createQuery("SELECT COUNT(*) FROM outbox").mapTo(Long.class).one());
  }

  static long pending(Database database) {
    return database.read(
        h ->
            h.createQuery("SELECT COUNT(*) FROM outbox WHERE state = 'pending'")
                .mapTo(Long.class)
                .one());
  }
}
