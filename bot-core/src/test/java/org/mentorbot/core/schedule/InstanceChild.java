package org.mentorbot.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunityStore;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.storage.Database;

/**
 * One bot instance for {@link SeveralInstancesOnPostgresTest}: a dispatcher and a job runner on a
 * shared PostgreSQL database, with a real clock and a short lease, until no message or job is left.
 * Its platform is a fake that honours the outbox key as a nonce (as Discord does with {@code
 * enforce_nonce}): a second post with the same key is recorded as an attempt but not shown twice.
 * Arguments: JDBC URL, lease in milliseconds, and a number of posts after which the instance stops
 * inside a delivery, its post shown but not yet recorded, holding its claims (0: never), so the
 * test can kill it at the worst moment.
 */
public final class InstanceChild {

  private InstanceChild() {}

  public static void main(String[] args) {
    Database database = Database.open(args[0], "postgres", null);
    Clock clock = Clock.systemUTC();
    WorkerSettings settings =
        new WorkerSettings(
            25,
            Duration.ofMillis(Long.parseLong(args[1])),
            Duration.ofMillis(50),
            WorkerSettings.defaults().backoff());
    String pid = Long.toString(ProcessHandle.current().pid());
    long hangAfter = Long.parseLong(args[2]);
    java.util.concurrent.atomic.AtomicLong posts = new java.util.concurrent.atomic.AtomicLong();
    ChatGateway platform =
        new ChatGateway() {
          @Override
          public DeliveryResult deliver(
              CommunityId community, Destination destination, Message message) {
            throw new AssertionError("the dispatcher passes the outbox key");
          }

          @Override
          public DeliveryResult deliver(
              CommunityId community, Destination destination, Message message, String nonce) {
            String to = ((Destination.DirectMessage) destination).userId();
            database.claim(
                h -> {
                  h.createUpdate("INSERT INTO platform_attempt (nonce, pid) VALUES (:nonce, :pid)")
                      .bind("nonce", nonce)
                      .bind("pid", pid)
                      .execute();
                  return h.createUpdate(
                          "INSERT INTO platform_post (nonce, recipient, text, pid)"
                              + " VALUES (:nonce, :to, :text, :pid) ON CONFLICT (nonce) DO NOTHING")
                      .bind("nonce", nonce)
                      .bind("to", to)
                      .bind("text", message.text())
                      .bind("pid", pid)
                      .execute();
                });
            if (hangAfter > 0 && posts.incrementAndGet() == hangAfter) {
              System.out.println("hanging after " + hangAfter + " posts");
              System.out.flush();
              LockSupport.park(); // until SIGKILL: shown on the platform, not marked delivered
            }
            return DeliveryResult.delivered();
          }
        };
    JobHandler effect =
        new JobHandler() {
          @Override
          public String kind() {
            return "effect";
          }

          @Override
          public void run(Handle tx, CommunityId community, String payload, Instant dueAt) {
            tx.createUpdate("INSERT INTO job_effect (payload, pid) VALUES (:p, :pid)")
                .bind("p", payload)
                .bind("pid", pid)
                .execute();
          }
        };
    CommunityStore communities = new CommunityStore(clock);
    OutboxDispatcher dispatcher =
        new OutboxDispatcher(
            database,
            platform,
            communities,
            new MessageCodec(),
            clock,
            settings,
            UndeliverableListener.NONE);
    JobRunner runner = new JobRunner(database, communities, clock, settings, List.of(effect));
    System.out.println("instance " + pid + " as " + dispatcher.workerId());
    while (database.read(
            h ->
                h.createQuery(
                        "SELECT (SELECT COUNT(*) FROM outbox WHERE state = 'pending')"
                            + " + (SELECT COUNT(*) FROM job WHERE state = 'pending')")
                    .mapTo(Long.class)
                    .one())
        > 0) {
      int worked = dispatcher.deliverDue() + runner.runDue();
      if (worked == 0) {
        LockSupport.parkNanos(Duration.ofMillis(50).toNanos()); // others hold the rest for now
      }
    }
    dispatcher.close();
    runner.close();
    database.close();
    System.out.println("instance " + pid + " done");
  }
}
