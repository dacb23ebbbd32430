package org.mentorbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorbot.core.schedule.ScheduleFixture.ALICE;
import static org.mentorbot.core.schedule.ScheduleFixture.GUILD;
import static org.mentorbot.core.schedule.ScheduleFixture.SETTINGS;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.Message;

class JobRunnerTest {

  private final ScheduleFixture f =
      new ScheduleFixture(org.mentorbot.core.testing.TestDatabase.fresh());
  private final List<String> ran = new ArrayList<>();
  private int failuresLeft;

  /** Records its runs, enqueues a message as its effect, and fails while told to. */
  private final JobHandler nudge =
      new JobHandler() {
        @Override
        public String kind() {
          return "nudge";
        }

        @Override
        public void run(Handle tx, CommunityId community, String payload, Instant dueAt) {
          f.outbox.enqueue(
              tx, community, ALICE, Message.of("nudge " + payload), "nudge:" + payload);
          if (failuresLeft > 0) {
            failuresLeft--;
            throw new IllegalStateException("roster unavailable");
          }
          ran.add(payload + "@" + dueAt);
        }
      };

  private final JobRunner runner =
      new JobRunner(f.database, f.communities, f.clock, SETTINGS, List.of(nudge));

  @AfterEach
  void close() {
    runner.close();
    f.database.close();
  }

  private void schedule(String payload, Duration in, String key, String group) {
    Instant due = f.clock.instant().plus(in);
    f.database.writeVoid(h -> f.jobs.schedule(h, GUILD, "nudge", payload, due, key, group));
  }

  @Test
  void runsADueJobInsideTheTransactionThatMarksItDone() {
    schedule("p1", Duration.ofHours(1), "k1", null);

    assertThat(runner.runDue()).isZero();
    f.clock.advance(Duration.ofHours(1));
    assertThat(runner.runDue()).isEqualTo(1);
    assertThat(runner.runDue()).isZero();

    assertThat(ran).containsExactly("p1@2026-03-02T10:00:00Z");
    assertThat(f.states("job")).containsExactly("done");
    assertThat(f.count("SELECT COUNT(*) FROM outbox")).isEqualTo(1);
  }

  @Test
  void aFailingHandlerRollsBackItsEffectsAndRetriesWithBackoffKeepingTheDueTime() {
    schedule("p1", Duration.ZERO, "k1", null);
    failuresLeft = 2;

    runner.runDue();
    assertThat(f.count("SELECT COUNT(*) FROM outbox")).isZero();
    assertThat(f.strings("SELECT last_error FROM job"))
        .containsExactly("IllegalStateException: roster unavailable");
    f.clock.advance(Duration.ofMillis(1999));
    assertThat(runner.runDue()).isZero();
    f.clock.advance(Duration.ofMillis(1));
    runner.runDue(); // second failure: 4 s
    f.clock.advance(Duration.ofSeconds(4));
    runner.runDue();

    assertThat(ran).containsExactly("p1@2026-03-02T09:00:00Z");
    assertThat(f.states("job")).containsExactly("done");
    assertThat(f.count("SELECT attempts FROM job")).isEqualTo(3);
    assertThat(f.count("SELECT COUNT(*) FROM outbox")).isEqualTo(1);
  }

  @Test
  void failsForGoodAfterTheAttemptBudgetWithTheLastError() {
    schedule("p1", Duration.ZERO, "k1", null);
    failuresLeft = 100;

    for (int i = 0; i < 20; i++) {
      runner.runDue();
      f.clock.advance(Duration.ofMinutes(1));
    }

    assertThat(f.states("job")).containsExactly("failed");
    assertThat(f.count("SELECT attempts FROM job")).isEqualTo(5);
    assertThat(failuresLeft).isEqualTo(95);
    assertThat(f.strings("SELECT last_error FROM job"))
        .containsExactly("IllegalStateException: roster unavailable");
  }

  @Test
  void anUnknownKindFailsAtOnceNamingTheKind() {
    f.database.writeVoid(h -> f.jobs.schedule(h, GUILD, "teleport", "{}", f.clock.instant(), "k1"));

    runner.runDue();

    assertThat(f.states("job")).containsExactly("failed");
    assertThat(f.strings("SELECT last_error FROM job"))
        .containsExactly("no handler registered for job kind 'teleport' (known: [nudge])");
  }

  @Test
  void overdueJobsOfOneCoalesceGroupRunOnlyTheNewest() {
    schedule("week1", Duration.ofDays(7), "pair42:1", "nudge:pair42");
    schedule("week2", Duration.ofDays(14), "pair42:2", "nudge:pair42");
    schedule("week3", Duration.ofDays(21), "pair42:3", "nudge:pair42");
    schedule("other", Duration.ofDays(8), "pair7:1", "nudge:pair7");
    schedule("future", Duration.ofDays(28), "pair42:4", "nudge:pair42");

    f.clock.advance(Duration.ofDays(22)); // the bot was down for three weeks
    runner.drain();

    assertThat(ran)
        .containsExactlyInAnyOrder("week3@2026-03-23T09:00:00Z", "other@2026-03-10T09:00:00Z");
    assertThat(f.states("job"))
        .containsExactly("cancelled", "cancelled", "done", "done", "pending");
    assertThat(f.strings("SELECT last_error FROM job WHERE id = 1"))
        .containsExactly("coalesced: superseded by newer job 3 of group nudge:pair42");
  }

  @Test
  void inNormalRunningEachJobOfAGroupRunsInTurn() {
    schedule("week1", Duration.ofDays(7), "pair42:1", "nudge:pair42");
    schedule("week2", Duration.ofDays(14), "pair42:2", "nudge:pair42");

    f.clock.advance(Duration.ofDays(7));
    runner.drain();
    f.clock.advance(Duration.ofDays(7));
    runner.drain();

    assertThat(ran).hasSize(2);
    assertThat(f.states("job")).containsExactly("done", "done");
  }

  @Test
  void aSecondRegistrationForAKindIsRefused() {
    assertThatThrownBy(() -> runner.register(nudge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nudge' is already registered");
  }

  @Test
  void jobsThatFellDueWhileDownRunAsSoonAsTheLoopStarts() throws InterruptedException {
    CountDownLatch done = new CountDownLatch(2);
    JobHandler latch =
        new JobHandler() {
          @Override
          public String kind() {
            return "ping";
          }

          @Override
          public void run(Handle tx, CommunityId community, String payload, Instant dueAt) {
            done.countDown();
          }
        };
    runner.register(latch);
    f.database.writeVoid(
        h -> {
          f.jobs.schedule(h, GUILD, "ping", "a", f.clock.instant().minus(Duration.ofDays(2)), "a");
          f.jobs.schedule(h, GUILD, "ping", "b", f.clock.instant().minus(Duration.ofHours(1)), "b");
        });

    runner.start();

    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    runner.close();
    assertThat(f.states("job")).containsExactly("done", "done");
  }
}
