package org.mentorbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorbot.core.schedule.ScheduleFixture.GUILD;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SqlJobsTest {

  private final ScheduleFixture f =
      new ScheduleFixture(org.mentorbot.core.testing.TestDatabase.fresh());
  private final AtomicInteger wakes = new AtomicInteger();
  private final SqlJobs jobs = new SqlJobs(f.communities, f.clock, wakes::incrementAndGet);

  @AfterEach
  void close() {
    f.database.close();
  }

  private Instant in(Duration d) {
    return f.clock.instant().plus(d);
  }

  @Test
  void aRepeatedDedupeKeyKeepsTheFirstJob() {
    f.database.writeVoid(
        h -> jobs.schedule(h, GUILD, "remind", "first", in(Duration.ofDays(2)), "r:1"));
    f.database.writeVoid(
        h -> jobs.schedule(h, GUILD, "remind", "second", in(Duration.ofDays(9)), "r:1"));

    assertThat(f.strings("SELECT payload FROM job")).containsExactly("first");
    assertThat(wakes).hasValue(1);
  }

  @Test
  void cancelStopsOnlyThePendingJobAndSchedulingAgainRevivesIt() {
    f.database.writeVoid(
        h -> jobs.schedule(h, GUILD, "remind", "first", in(Duration.ofDays(2)), "r:1"));
    f.database.writeVoid(h -> jobs.cancel(h, GUILD, "r:1"));
    assertThat(f.states("job")).containsExactly("cancelled");

    f.database.writeVoid(
        h -> jobs.schedule(h, GUILD, "remind", "again", in(Duration.ofDays(3)), "r:1"));

    assertThat(f.states("job")).containsExactly("pending");
    assertThat(f.strings("SELECT payload FROM job")).containsExactly("again");
    assertThat(f.count("SELECT due_at FROM job")).isEqualTo(in(Duration.ofDays(3)).toEpochMilli());
  }

  @Test
  void aDoneJobIsNotRecreatedByARepeat() {
    f.database.writeVoid(h -> jobs.schedule(h, GUILD, "remind", "p", in(Duration.ZERO), "r:1"));
    f.database.writeVoid(h -> h.execute("UPDATE job SET state = 'done'"));

    f.database.writeVoid(h -> jobs.schedule(h, GUILD, "remind", "p", in(Duration.ZERO), "r:1"));
    f.database.writeVoid(h -> jobs.cancel(h, GUILD, "r:1"));

    assertThat(f.states("job")).containsExactly("done");
  }

  @Test
  void cancellingInAnUnknownCommunityOrKeyChangesNothing() {
    f.database.writeVoid(h -> jobs.cancel(h, GUILD, "nothing"));
    assertThat(f.count("SELECT COUNT(*) FROM community")).isZero();
  }

  @Test
  void rejectsBadArgumentsWithoutStoringAnything() {
    assertThatThrownBy(
            () ->
                f.database.writeVoid(
                    h -> jobs.schedule(h, GUILD, " ", "p", in(Duration.ZERO), "k")))
        .hasMessageContaining("job kind must be 1-100 characters");
    assertThatThrownBy(
            () ->
                f.database.writeVoid(h -> jobs.schedule(h, GUILD, "k", "p", in(Duration.ZERO), "")))
        .hasMessageContaining("dedupe key must be 1-200 characters");
    assertThatThrownBy(
            () ->
                f.database.writeVoid(
                    h -> jobs.schedule(h, GUILD, "k", "p", in(Duration.ZERO), "key", " ")))
        .hasMessageContaining("coalesce group must be 1-200 characters");
    assertThat(f.count("SELECT COUNT(*) FROM job")).isZero();
  }
}
