package org.mentorbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.schedule.ScheduleFixture.ALICE;
import static org.mentorbot.core.schedule.ScheduleFixture.GUILD;
import static org.mentorbot.core.schedule.ScheduleFixture.SETTINGS;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mentorbot.core.storage.Database;

/**
 * The claim guards under a real race: two workers, each with its own {@link Database} on one file
 * (two processes' worth of connections and write locks), on two threads released together by a
 * barrier. Each test runs many rounds and swaps which thread and which database play which worker
 * from round to round, so both orders of the two transactions occur whichever thread or connection
 * the scheduler favours; every round asserts what must hold in either order. {@link
 * ClaimGuardsTest} pins each guard in one fixed order; this class shows the guards hold when the
 * order is left to the race.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class ParallelWorkersTest {

  private static final long LEASE = SETTINGS.lease().toMillis();
  private static final int ROUNDS = 32;

  @TempDir Path dir;

  private Database first;
  private Database second;
  private ScheduleFixture f;
  private final ExecutorService[] threads = {
    Executors.newSingleThreadExecutor(), Executors.newSingleThreadExecutor()
  };

  @BeforeEach
  void open() {
    String file = dir.resolve("mentorbot.db").toString();
    first = Database.openFile(file);
    second = Database.openFile(file);
    f = new ScheduleFixture(first);
  }

  @AfterEach
  void close() {
    for (ExecutorService thread : threads) {
      thread.shutdownNow();
    }
    second.close();
    first.close();
  }

  /** Both results of one race; which thread ran which side alternates with {@code round}. */
  private record Outcome<A, B>(A workerA, B workerB) {}

  private <A, B> Outcome<A, B> race(int round, Callable<A> workerA, Callable<B> workerB)
      throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    Future<A> a = threads[round % 2].submit(() -> awaitThen(start, workerA));
    Future<B> b = threads[(round + 1) % 2].submit(() -> awaitThen(start, workerB));
    return new Outcome<>(a.get(120, TimeUnit.SECONDS), b.get(120, TimeUnit.SECONDS));
  }

  private static <T> T awaitThen(CyclicBarrier start, Callable<T> work) throws Exception {
    start.await(60, TimeUnit.SECONDS);
    return work.call();
  }

  /** Worker A's database this round (worker B has the other): swapped every second round. */
  private Database forA(int round) {
    return (round / 2) % 2 == 0 ? first : second;
  }

  private Database forB(int round) {
    return (round / 2) % 2 == 0 ? second : first;
  }

  private long now() {
    return f.clock.millis();
  }

  private String holder(String table, long id) {
    return first.read(
        h ->
            h.createQuery("SELECT claimed_by FROM " + table + " WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne()
                .orElse(null));
  }

  private long scheduleJob(String payload, String group, Instant due) {
    first.writeVoid(h -> f.jobs.schedule(h, GUILD, "nudge", payload, due, "key:" + payload, group));
    return first.read(
        h ->
            h.createQuery("SELECT id FROM job WHERE dedupe_key = :k")
                .bind("k", "key:" + payload)
                .mapTo(Long.class)
                .one());
  }

  private List<Long> claimJobs(Database database, String worker, long now) {
    return database.claim(
        h ->
            JobRows.claim(h, false, worker, now, now + LEASE, 10).stream()
                .map(JobRows.Claimed::id)
                .toList());
  }

  /** Two workers whose due-row queries both returned the row: the claim itself decides. */
  @Test
  void twoWorkersClaimingTheSameDueRowAtOnceNeverBothHoldItsLease() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      f.enqueue(ALICE, "hi " + round, "k" + round);
      long id =
          first.read(h -> h.createQuery("SELECT MAX(id) FROM outbox").mapTo(Long.class).one());
      long now = now();
      Database a = forA(round);
      Database b = forB(round);

      Outcome<Boolean, Boolean> won =
          race(
              round,
              () ->
                  a.claim(
                      h -> Lease.tryClaim(h, Lease.Table.OUTBOX, id, "worker-a", now + LEASE, now)),
              () ->
                  b.claim(
                      h ->
                          Lease.tryClaim(h, Lease.Table.OUTBOX, id, "worker-b", now + LEASE, now)));

      assertThat(won.workerA() ^ won.workerB())
          .as(
              "round %d: exactly one worker gets the lease (a=%s, b=%s)",
              round, won.workerA(), won.workerB())
          .isTrue();
      assertThat(holder("outbox", id)).isEqualTo(won.workerA() ? "worker-a" : "worker-b");
      // Done with this row, so the next round's row is the only one in play.
      first.writeVoid(h -> h.execute("UPDATE outbox SET state = 'delivered' WHERE id = ?", id));
    }
  }

  /**
   * Worker A's lease ran out and worker B took the job over; A reports late (done in some rounds, a
   * retry in others) at the moment B finishes. Whatever the order, B's outcome is the one recorded
   * and A's changes nothing.
   */
  @Test
  void aFormerWorkersLateOutcomeNeverOverridesTheWorkerThatTookTheJobOver() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      long id = scheduleJob("p" + round, null, f.clock.instant());
      Database a = forA(round);
      Database b = forB(round);
      assertThat(claimJobs(a, "worker-a", now())).containsExactly(id);
      f.clock.advance(Duration.ofMillis(LEASE));
      assertThat(claimJobs(b, "worker-b", now())).containsExactly(id);
      long now = now();
      boolean lateDone = (round / 4) % 2 == 0;

      Outcome<Boolean, Boolean> outcome =
          race(
              round,
              () ->
                  a.write(
                      h -> {
                        if (lateDone) {
                          return JobRows.done(h, id, "worker-a", now);
                        }
                        JobRows.retry(h, id, "worker-a", now + 1000, "late");
                        return false;
                      }),
              () -> b.write(h -> JobRows.done(h, id, "worker-b", now)));

      assertThat(outcome.workerA())
          .as("round %d: the former worker's late done is refused", round)
          .isFalse();
      assertThat(outcome.workerB())
          .as(
              "round %d: the new worker finishes the job (a %s came at the same time)",
              round, lateDone ? "late done" : "late retry")
          .isTrue();
      String recorded =
          first.read(
              h ->
                  h.createQuery("SELECT state || ':' || attempts FROM job WHERE id = :id")
                      .bind("id", id)
                      .mapTo(String.class)
                      .one());
      assertThat(recorded).isEqualTo("done:1");
    }
  }

  /**
   * Worker A claims the older job of a coalesce group at the moment worker B's pass coalesces the
   * group. Either B cancels the older job before A could claim it, or A holds it and B leaves it
   * alone: a job a worker holds is never cancelled under it.
   */
  @Test
  void coalescingAtTheMomentAnotherWorkerClaimsNeverCancelsAJobThatWorkerHolds() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String group = "digest-" + round;
      long older = scheduleJob("older" + round, group, f.clock.instant());
      long newer = scheduleJob("newer" + round, group, f.clock.instant().plusSeconds(60));
      long claimAt = now();
      long coalesceAt = claimAt + 60_000; // both due then; A's lease still runs
      Database a = forA(round);
      Database b = forB(round);

      Outcome<List<Long>, Integer> outcome =
          race(
              round,
              () -> claimJobs(a, "worker-a", claimAt),
              () -> b.claim(h -> JobRows.coalesce(h, coalesceAt)));

      if (outcome.workerA().isEmpty()) {
        assertThat(outcome.workerB()).as("round %d: B coalesced first", round).isEqualTo(1);
        assertThat(jobState(older)).isEqualTo("cancelled");
      } else {
        assertThat(outcome.workerA()).as("round %d", round).containsExactly(older);
        assertThat(jobState(older))
            .as("round %d: the job worker A holds is left alone by B's coalescing", round)
            .isEqualTo("pending");
        assertThat(holder("job", older)).isEqualTo("worker-a");
      }
      assertThat(jobState(newer)).isEqualTo("pending");
      // Finish the group, and let every lease of this round run out, before the next round.
      first.writeVoid(h -> h.execute("UPDATE job SET state = 'done' WHERE state = 'pending'"));
      f.clock.advance(Duration.ofMillis(2 * LEASE));
    }
  }

  private String jobState(long id) {
    return first.read(
        h ->
            h.createQuery("SELECT state FROM job WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .one());
  }
}
