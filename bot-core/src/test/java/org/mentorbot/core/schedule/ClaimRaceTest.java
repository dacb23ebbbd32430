package org.mentorbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.schedule.ScheduleFixture.GUILD;
import static org.mentorbot.core.schedule.ScheduleFixture.SETTINGS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.testing.TestDatabase;

/**
 * Several workers race for the same rows on one database, each on its own thread and connection (on
 * PostgreSQL, truly at once: {@code SKIP LOCKED} candidates and guarded claims), as several
 * instances do: every message is delivered exactly once and every job runs exactly once.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class ClaimRaceTest {

  private static final int WORKERS = 4;

  private final ScheduleFixture f = new ScheduleFixture(TestDatabase.fresh());
  private final ExecutorService threads = Executors.newFixedThreadPool(WORKERS);

  @AfterEach
  void close() {
    threads.shutdownNow();
    f.database.close();
  }

  /** Starts every worker at once and runs its passes until nothing is left to claim. */
  private void race(List<IntSupplier> passes, String pendingSql) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> done = new ArrayList<>();
    for (IntSupplier pass : passes) {
      done.add(
          threads.submit(
              () -> {
                start.await();
                int total = 0;
                // An empty pass may only mean the others hold the rest; stop when none is left.
                while (f.count(pendingSql) > 0) {
                  total += pass.getAsInt();
                }
                return total;
              }));
    }
    start.countDown();
    for (Future<Integer> worker : done) {
      worker.get(200, TimeUnit.SECONDS);
    }
  }

  @Test
  void racingDispatchersDeliverEveryMessageExactlyOnce() throws Exception {
    int messages = 300;
    f.database.writeVoid(
        h -> {
          for (int i = 0; i < messages; i++) {
            f.outbox.enqueue(
                h, GUILD, new Destination.DirectMessage("m" + i), Message.of("msg " + i), "k" + i);
          }
        });
    Map<String, Integer> received = new ConcurrentHashMap<>();
    ChatGateway platform =
        new ChatGateway() {
          @Override
          public DeliveryResult deliver(
              CommunityId community, Destination destination, Message message) {
            received.merge(message.text(), 1, Integer::sum);
            return DeliveryResult.delivered();
          }
        };
    List<OutboxDispatcher> dispatchers = new ArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      dispatchers.add(
          new OutboxDispatcher(
              f.database,
              platform,
              f.communities,
              f.codec,
              f.clock,
              SETTINGS,
              UndeliverableListener.NONE));
    }

    race(
        dispatchers.stream().map(d -> (IntSupplier) d::deliverDue).toList(),
        "SELECT COUNT(*) FROM outbox WHERE state = 'pending'");
    dispatchers.forEach(OutboxDispatcher::close);

    assertThat(received).hasSize(messages);
    assertThat(received.values()).as("deliveries per message").containsOnly(1);
    assertThat(f.count("SELECT COUNT(*) FROM outbox WHERE state = 'delivered'"))
        .isEqualTo(messages);
  }

  @Test
  void racingRunnersRunEveryJobExactlyOnce() throws Exception {
    int jobs = 200;
    f.database.writeVoid(
        h -> {
          h.execute("CREATE TABLE job_effect (payload TEXT NOT NULL)");
          Instant due = f.clock.instant();
          for (int i = 0; i < jobs; i++) {
            f.jobs.schedule(h, GUILD, "effect", "p" + i, due, "j" + i, null);
          }
        });
    JobHandler effect =
        new JobHandler() {
          @Override
          public String kind() {
            return "effect";
          }

          @Override
          public void run(Handle tx, CommunityId community, String payload, Instant dueAt) {
            // Committed only with the job's completion: a second run would leave a second row.
            tx.createUpdate("INSERT INTO job_effect (payload) VALUES (:p)")
                .bind("p", payload)
                .execute();
          }
        };
    List<JobRunner> runners = new ArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      runners.add(new JobRunner(f.database, f.communities, f.clock, SETTINGS, List.of(effect)));
    }

    race(
        runners.stream().map(r -> (IntSupplier) r::runDue).toList(),
        "SELECT COUNT(*) FROM job WHERE state = 'pending'");
    runners.forEach(JobRunner::close);

    assertThat(f.count("SELECT COUNT(*) FROM job_effect")).isEqualTo(jobs);
    assertThat(f.count("SELECT COUNT(DISTINCT payload) FROM job_effect")).isEqualTo(jobs);
    assertThat(f.states("job")).containsOnly("done");
  }
}
