package org.mentorbot.core.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.mentorbot.core.community.CommunityStore;
import org.mentorbot.core.storage.Database;

/**
 * The bot process that {@link KillDuringDrainTest} kills: drains the outbox of a database file into
 * an {@link AppendingPlatform} with a real clock. Arguments: database file, platform file.
 */
public final class DrainChild {

  private DrainChild() {}

  public static void main(String[] args) {
    Database database = Database.openFile(args[0]);
    Clock clock = Clock.systemUTC();
    OutboxDispatcher dispatcher =
        new OutboxDispatcher(
            database,
            new AppendingPlatform(Path.of(args[1]), Duration.ofMillis(1).toNanos()),
            new CommunityStore(clock),
            new MessageCodec(),
            clock,
            WorkerSettings.defaults().withBatchSize(50),
            UndeliverableListener.NONE);
    int delivered = dispatcher.drain();
    System.out.println("drained " + delivered);
  }
}
