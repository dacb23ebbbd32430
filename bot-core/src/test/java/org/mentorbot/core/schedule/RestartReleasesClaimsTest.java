package org.mentorbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.schedule.ScheduleFixture.ALICE;
import static org.mentorbot.core.schedule.ScheduleFixture.BOB;
import static org.mentorbot.core.schedule.ScheduleFixture.CAROL;
import static org.mentorbot.core.schedule.ScheduleFixture.GUILD;
import static org.mentorbot.core.schedule.ScheduleFixture.MODS;
import static org.mentorbot.core.schedule.ScheduleFixture.SETTINGS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.testing.RecordingChatGateway;
import org.mentorbot.core.testing.TestDatabase;

/**
 * A process that starts again releases the claims its dead predecessor on the same host left, at
 * once rather than after their 2-minute leases; claims of live processes and of other hosts wait
 * for their leases as before.
 */
class RestartReleasesClaimsTest {

  private final ScheduleFixture f = new ScheduleFixture(TestDatabase.fresh());
  private final String host = WorkerId.forThisProcess("probe").host();
  private final long leaseUntil = f.clock.millis() + SETTINGS.lease().toMillis();

  @AfterEach
  void close() {
    f.database.close();
  }

  private static long deadPid() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    assertThat(gone.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return gone.pid();
  }

  private static long livePid() {
    return ProcessHandle.current().parent().orElseThrow().pid(); // the build that forked us
  }

  private void claim(String table, String key, WorkerId holder) {
    String keyColumn = table.equals("outbox") ? "idempotency_key" : "dedupe_key";
    f.database.writeVoid(
        h ->
            h.createUpdate(
                    "UPDATE "
                        + table
                        + " SET claimed_by = :by, claimed_until = :until WHERE "
                        + keyColumn
                        + " = :key")
                .bind("by", holder.sql())
                .bind("until", leaseUntil)
                .bind("key", key)
                .execute());
  }

  @Test
  void aRestartedDispatcherDeliversAtOnceWhatItsDeadPredecessorHadClaimed() throws Exception {
    f.enqueue(ALICE, "from a dead process", "dead");
    f.enqueue(BOB, "from an earlier life with our pid", "same-pid");
    f.enqueue(CAROL, "from a live process", "live");
    f.enqueue(MODS, "from another host", "elsewhere");
    long ours = ProcessHandle.current().pid();
    claim("outbox", "dead", new WorkerId("outbox", host, deadPid(), "n1"));
    claim("outbox", "same-pid", new WorkerId("outbox", host, ours, "n2"));
    claim("outbox", "live", new WorkerId("outbox", host, livePid(), "n3"));
    claim("outbox", "elsewhere", new WorkerId("outbox", "other-host", deadPid(), "n4"));

    RecordingChatGateway platform = new RecordingChatGateway();
    try (OutboxDispatcher restarted =
        new OutboxDispatcher(
            f.database,
            platform,
            f.communities,
            f.codec,
            f.clock,
            SETTINGS,
            UndeliverableListener.NONE)) {
      assertThat(restarted.deliverDue()).isEqualTo(2);
    }

    assertThat(platform.texts())
        .containsExactlyInAnyOrder("from a dead process", "from an earlier life with our pid");
    assertThat(f.strings("SELECT idempotency_key FROM outbox WHERE state = 'pending'"))
        .containsExactlyInAnyOrder("live", "elsewhere");
  }

  @Test
  void aRestartedRunnerRunsAtOnceTheJobsItsDeadPredecessorHadClaimed() throws Exception {
    Instant due = f.clock.instant();
    for (String key : List.of("dead", "live", "other-role")) {
      f.database.writeVoid(h -> f.jobs.schedule(h, GUILD, "nudge", key, due, key, null));
    }
    claim("job", "dead", new WorkerId("jobs", host, deadPid(), "n1"));
    claim("job", "live", new WorkerId("jobs", host, livePid(), "n2"));
    claim("job", "other-role", new WorkerId("outbox", host, deadPid(), "n3"));

    List<String> ran = new ArrayList<>();
    JobHandler nudge =
        new JobHandler() {
          @Override
          public String kind() {
            return "nudge";
          }

          @Override
          public void run(Handle tx, CommunityId community, String payload, Instant dueAt) {
            ran.add(payload);
          }
        };
    try (JobRunner restarted =
        new JobRunner(f.database, f.communities, f.clock, SETTINGS, List.of(nudge))) {
      assertThat(restarted.runDue()).isEqualTo(1);
    }

    assertThat(ran).containsExactly("dead");
  }

  @Test
  void workerNamesRoundTripAndForeignNamesAreLeftAlone() {
    WorkerId id = WorkerId.forThisProcess("outbox");
    assertThat(WorkerId.parse(id.sql())).contains(id);
    assertThat(WorkerId.parse("outbox-2f1c")).isEmpty();
    assertThat(WorkerId.parse("worker-a")).isEmpty();
    assertThat(id.outlived(id)).isFalse();
    assertThat(id.outlived(WorkerId.forThisProcess("outbox")))
        .as("another worker of this same process is alive")
        .isFalse();
  }
}
