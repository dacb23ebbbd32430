package org.mentorbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.schedule.ScheduleFixture.ALICE;
import static org.mentorbot.core.schedule.ScheduleFixture.BOB;
import static org.mentorbot.core.schedule.ScheduleFixture.CAROL;
import static org.mentorbot.core.schedule.ScheduleFixture.GUILD;
import static org.mentorbot.core.schedule.ScheduleFixture.SETTINGS;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.HandleCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.testing.TestDatabase;

/**
 * Each guard that keeps two workers from both owning a row, tested on its own: a lease claim while
 * another lease runs, outcomes recorded by a worker whose row was taken over, coalescing beside a
 * running job, and the half-lease release. Each test fails if its guard is removed from the SQL.
 */
class ClaimGuardsTest {

  private static final long LEASE = SETTINGS.lease().toMillis();

  private final ScheduleFixture f = new ScheduleFixture(TestDatabase.fresh());

  @AfterEach
  void close() {
    f.database.close();
  }

  private long now() {
    return f.clock.millis();
  }

  private List<Long> claimOutbox(String worker) {
    long now = now();
    return f.database.claim(
        h ->
            OutboxRows.claim(h, skipLocked(), worker, now, now + LEASE, 10).stream()
                .map(OutboxRows.Claimed::id)
                .toList());
  }

  private List<Long> claimJobs(String worker) {
    long now = now();
    return f.database.claim(
        h ->
            JobRows.claim(h, skipLocked(), worker, now, now + LEASE, 10).stream()
                .map(JobRows.Claimed::id)
                .toList());
  }

  private boolean claimed(HandleCallback<Boolean, RuntimeException> work) {
    return f.database.claim(work);
  }

  private boolean written(HandleCallback<Boolean, RuntimeException> work) {
    return f.database.write(work);
  }

  private int cancelled(HandleCallback<Integer, RuntimeException> work) {
    return f.database.write(work);
  }

  private boolean skipLocked() {
    return f.database.engine() == org.mentorbot.core.storage.Database.Engine.POSTGRESQL;
  }

  private String holder(String table, long id) {
    return f.database.read(
        h ->
            h.createQuery("SELECT claimed_by FROM " + table + " WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .one());
  }

  private void scheduleJob(String payload, String group) {
    Instant due = f.clock.instant();
    f.database.writeVoid(
        h -> f.jobs.schedule(h, GUILD, "nudge", payload, due, "key:" + payload, group));
  }

  @Test
  void aLeaseCannotBeClaimedWhileAnotherWorkersLeaseRuns() {
    f.enqueue(ALICE, "hi", "a1");
    long id = claimOutbox("worker-a").get(0);

    f.clock.advance(Duration.ofMillis(LEASE - 1));
    long now = now();
    assertThat(
            claimed(h -> Lease.tryClaim(h, Lease.Table.OUTBOX, id, "worker-b", now + LEASE, now)))
        .as("claimed while worker-a's lease still runs")
        .isFalse();
    assertThat(holder("outbox", id)).isEqualTo("worker-a");

    f.clock.advance(Duration.ofMillis(1));
    long expired = now();
    assertThat(
            claimed(
                h ->
                    Lease.tryClaim(
                        h, Lease.Table.OUTBOX, id, "worker-b", expired + LEASE, expired)))
        .as("worker-a's lease ran out")
        .isTrue();
    assertThat(holder("outbox", id)).isEqualTo("worker-b");
  }

  @Test
  void aJobTakenOverIsNotFinishedRetriedOrFailedByItsFormerWorker() {
    scheduleJob("p", null);
    long id = claimJobs("worker-a").get(0);
    f.clock.advance(Duration.ofMillis(LEASE));
    assertThat(claimJobs("worker-b")).containsExactly(id);

    long now = now();
    assertThat(written(h -> JobRows.done(h, id, "worker-a", now))).isFalse();
    f.database.writeVoid(h -> JobRows.retry(h, id, "worker-a", now + 1000, "late"));
    f.database.writeVoid(h -> JobRows.failed(h, id, "worker-a", now, "late"));

    assertThat(f.states("job")).containsExactly("pending");
    assertThat(holder("job", id)).isEqualTo("worker-b");
    assertThat(f.count("SELECT attempts FROM job")).isZero();
    assertThat(written(h -> JobRows.done(h, id, "worker-b", now))).isTrue();
    assertThat(f.states("job")).containsExactly("done");
  }

  @Test
  void anOutboxRowTakenOverIsNotRetriedOrGivenUpByItsFormerWorker() {
    f.enqueue(ALICE, "hi", "a1");
    long id = claimOutbox("worker-a").get(0);
    f.clock.advance(Duration.ofMillis(LEASE));
    assertThat(claimOutbox("worker-b")).containsExactly(id);

    long now = now();
    assertThat(written(h -> OutboxRows.retry(h, id, "worker-a", now + 1000, "late"))).isFalse();
    assertThat(written(h -> OutboxRows.undeliverable(h, id, "worker-a", "late"))).isFalse();
    f.database.writeVoid(h -> OutboxRows.release(h, List.of(id), "worker-a"));

    assertThat(f.states("outbox")).containsExactly("pending");
    assertThat(holder("outbox", id)).isEqualTo("worker-b");
    assertThat(f.count("SELECT attempts FROM outbox")).isZero();
  }

  @Test
  void coalescingLeavesAJobAnotherWorkerIsRunning() {
    scheduleJob("older", "digest");
    long running = claimJobs("worker-a").get(0);
    f.clock.advance(Duration.ofMinutes(1));
    scheduleJob("newer", "digest");

    assertThat(cancelled(h -> JobRows.coalesce(h, now()))).isZero();
    assertThat(f.states("job")).containsExactly("pending", "pending");
    assertThat(holder("job", running)).isEqualTo("worker-a");

    f.clock.advance(Duration.ofMillis(LEASE)); // worker-a's lease ran out: it is not running
    assertThat(cancelled(h -> JobRows.coalesce(h, now()))).isEqualTo(1);
    assertThat(f.states("job")).containsExactly("cancelled", "pending");
  }

  @Test
  void aPassPastHalfItsLeaseReleasesTheRowsItHasNotStarted() {
    f.enqueue(ALICE, "first", "a1");
    f.enqueue(BOB, "second", "b1");
    f.enqueue(CAROL, "third", "c1");
    // The first delivery takes just over half the lease: the other two must not start.
    ChatGateway slowFirst =
        new ChatGateway() {
          int calls;

          @Override
          public DeliveryResult deliver(
              CommunityId community, Destination destination, Message message) {
            if (calls++ == 0) {
              f.clock.advance(Duration.ofMillis(LEASE / 2 + 1));
            }
            return DeliveryResult.delivered();
          }
        };
    try (OutboxDispatcher dispatcher =
        new OutboxDispatcher(
            f.database,
            slowFirst,
            f.communities,
            f.codec,
            f.clock,
            SETTINGS,
            UndeliverableListener.NONE)) {
      assertThat(dispatcher.deliverDue()).isEqualTo(1);
      assertThat(f.states("outbox")).containsExactly("delivered", "pending", "pending");
      assertThat(f.count("SELECT COUNT(*) FROM outbox WHERE claimed_by IS NOT NULL"))
          .as("released at once, not left to their leases")
          .isZero();

      assertThat(dispatcher.deliverDue()).isEqualTo(2);
      assertThat(f.states("outbox")).containsExactly("delivered", "delivered", "delivered");
    }
  }

  @Test
  void aParallelPassPastHalfItsLeaseStartsNoFurtherDelivery() throws Exception {
    f.enqueue(ALICE, "first", "a1");
    f.enqueue(BOB, "second", "b1");
    f.enqueue(CAROL, "third", "c1");
    // Two delivery threads: the first two rows start together, and once both have started the
    // clock moves past half the lease before either returns. The third row starts only when a
    // thread is free, so after the deadline: it must not be delivered.
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch bothStarted = new CountDownLatch(2);
    CountDownLatch pastHalf = new CountDownLatch(1);
    ChatGateway slowPair =
        (community, destination, message) -> {
          int call = calls.getAndIncrement();
          if (call < 2) {
            bothStarted.countDown();
            await(bothStarted);
            if (call == 0) {
              f.clock.advance(Duration.ofMillis(LEASE / 2 + 1));
              pastHalf.countDown();
            }
            await(pastHalf);
          }
          return DeliveryResult.delivered();
        };
    try (OutboxDispatcher dispatcher =
        new OutboxDispatcher(
            f.database,
            slowPair,
            f.communities,
            f.codec,
            f.clock,
            SETTINGS.withDeliveryThreads(2),
            UndeliverableListener.NONE)) {
      assertThat(dispatcher.deliverDue()).isEqualTo(2);
      assertThat(f.states("outbox")).containsExactly("delivered", "delivered", "pending");
      assertThat(f.count("SELECT COUNT(*) FROM outbox WHERE claimed_by IS NOT NULL"))
          .as("released at once, not left to its lease")
          .isZero();
      assertThat(calls).hasValue(2);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).as("the other delivery started").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
