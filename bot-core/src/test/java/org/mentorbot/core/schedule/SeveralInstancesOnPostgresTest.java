package org.mentorbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.schedule.ScheduleFixture.GUILD;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mentorbot.core.community.CommunityStore;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.testing.TestDatabase;

/**
 * DESIGN §9 with real processes: three instances (child JVMs) drain 10,000 messages and run 300
 * jobs on one PostgreSQL database; one is killed with SIGKILL midway, inside a delivery the
 * platform has shown but the outbox has not recorded, holding its claims. Its claims are taken over
 * when their lease runs out, every message is delivered and shown once on a platform that honours
 * the outbox key as a nonce, in order per recipient, and no job runs twice.
 */
@Timeout(value = 280, unit = TimeUnit.SECONDS)
class SeveralInstancesOnPostgresTest {

  private static final int RECIPIENTS = 1_000;
  private static final int PER_RECIPIENT = 10;
  private static final int MESSAGES = RECIPIENTS * PER_RECIPIENT;
  private static final int JOBS = 300;
  private static final int INSTANCES = 3;
  private static final Duration LEASE = Duration.ofSeconds(4);

  @TempDir Path dir;

  @Test
  void threeInstancesOneKilledDeliverEverythingOnceAndRunEveryJobOnce() throws Exception {
    String url = TestDatabase.newPostgres();
    try (Database db = Database.open(url, "postgres", null)) {
      seed(db);
      List<Process> instances = new ArrayList<>();
      for (int i = 0; i < INSTANCES; i++) {
        // The first stops mid-delivery after its 1,000th post, holding its claims.
        instances.add(start(url, dir.resolve("instance-" + i + ".log"), i == 0 ? 1_000 : 0));
      }
      Process victim = instances.get(0);
      awaitHanging(dir.resolve("instance-0.log"), victim);
      victim.destroyForcibly();
      assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
      long leftClaimed =
          count(
              db,
              "SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND claimed_by LIKE '%/"
                  + victim.pid()
                  + "/%'");
      for (Process survivor : instances.subList(1, INSTANCES)) {
        assertThat(survivor.waitFor(240, TimeUnit.SECONDS))
            .as("survivor finished; log: %s", log(survivor, instances))
            .isTrue();
        assertThat(survivor.exitValue()).isZero();
      }

      assertThat(leftClaimed)
          .as("the killed instance held claims that others took over")
          .isPositive();
      assertThat(count(db, "SELECT COUNT(*) FROM outbox WHERE state = 'delivered'"))
          .isEqualTo(MESSAGES);
      assertThat(count(db, "SELECT COUNT(*) FROM platform_post")).isEqualTo(MESSAGES);
      assertThat(
              count(
                  db,
                  "SELECT COUNT(*) FROM (SELECT recipient FROM platform_post GROUP BY recipient"
                      + " HAVING COUNT(*) <> "
                      + PER_RECIPIENT
                      + ") wrong"))
          .isZero();
      assertThat(
              count(
                  db,
                  "SELECT COUNT(*) FROM platform_post a JOIN platform_post b"
                      + " ON a.recipient = b.recipient AND a.seq < b.seq"
                      + " AND CAST(SUBSTRING(a.text FROM 5) AS INTEGER)"
                      + " > CAST(SUBSTRING(b.text FROM 5) AS INTEGER)"))
          .as("messages out of order for a recipient")
          .isZero();
      long attempts = count(db, "SELECT COUNT(*) FROM platform_attempt");
      System.out.printf(
          "%d instances: %d messages shown, %d posts attempted, %d claims of the killed instance"
              + " taken over, %d jobs run%n",
          INSTANCES,
          count(db, "SELECT COUNT(*) FROM platform_post"),
          attempts,
          leftClaimed,
          count(db, "SELECT COUNT(*) FROM job_effect"));
      assertThat(attempts - MESSAGES)
          .as("posts the nonce kept from showing twice (at least the one the kill interrupted)")
          .isBetween(1L, 100L);
      assertThat(count(db, "SELECT COUNT(*) FROM job_effect")).isEqualTo(JOBS);
      assertThat(count(db, "SELECT COUNT(DISTINCT payload) FROM job_effect")).isEqualTo(JOBS);
      assertThat(count(db, "SELECT COUNT(*) FROM job WHERE state <> 'done'")).isZero();
      assertThat(count(db, "SELECT COUNT(DISTINCT pid) FROM platform_post"))
          .as("every instance delivered")
          .isEqualTo(INSTANCES);
    }
  }

  private static void seed(Database db) {
    Clock clock = Clock.systemUTC();
    CommunityStore communities = new CommunityStore(clock);
    SqlOutbox outbox = new SqlOutbox(communities, new MessageCodec(), clock);
    SqlJobs jobs = new SqlJobs(communities, clock);
    db.writeVoid(
        h -> {
          h.execute(
              "CREATE TABLE platform_post (seq BIGINT GENERATED ALWAYS AS IDENTITY,"
                  + " nonce TEXT PRIMARY KEY, recipient TEXT NOT NULL, text TEXT NOT NULL,"
                  + " pid TEXT NOT NULL)");
          h.execute("CREATE TABLE platform_attempt (nonce TEXT NOT NULL, pid TEXT NOT NULL)");
          h.execute("CREATE TABLE job_effect (payload TEXT NOT NULL, pid TEXT NOT NULL)");
          for (int n = 0; n < PER_RECIPIENT; n++) {
            for (int r = 0; r < RECIPIENTS; r++) {
              outbox.enqueue(
                  h,
                  GUILD,
                  new Destination.DirectMessage("m" + r),
                  Message.of("msg " + n),
                  "k:" + r + ":" + n);
            }
          }
          Instant due = clock.instant();
          for (int j = 0; j < JOBS; j++) {
            jobs.schedule(h, GUILD, "effect", "p" + j, due, "j" + j, null);
          }
        });
  }

  private static long count(Database db, String sql) {
    return db.read(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  private static Process start(String url, Path log, int hangAfter) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return new ProcessBuilder(
            java,
            "-Xmx128m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            classpath,
            InstanceChild.class.getName(),
            url,
            Long.toString(LEASE.toMillis()),
            Integer.toString(hangAfter))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static void awaitHanging(Path log, Process victim) throws IOException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (!Files.exists(log) || !Files.readString(log).contains("hanging after")) {
      assertThat(victim.isAlive()).as("the instance to kill is still draining").isTrue();
      assertThat(System.nanoTime()).as("the instance to kill got far enough").isLessThan(deadline);
      try {
        victim.waitFor(20, TimeUnit.MILLISECONDS); // returns early only if it exits
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private String log(Process survivor, List<Process> instances) {
    try {
      return Files.readString(dir.resolve("instance-" + instances.indexOf(survivor) + ".log"));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
