package org.mentorbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.schedule.ScheduleFixture.GUILD;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.testing.MutableClock;

/**
 * The strongest proof of DESIGN §6: a real JVM drains the outbox of a SQLite file and is killed
 * with {@code destroyForcibly()} (SIGKILL) mid-drain; a new process on the same file finishes the
 * job. Every message arrives, in order per recipient, and at most the one message in flight at the
 * kill arrives twice.
 */
class KillDuringDrainTest {

  private static final int RECIPIENTS = 200;
  private static final int PER_RECIPIENT = 10;
  private static final int TOTAL = RECIPIENTS * PER_RECIPIENT;

  @TempDir Path dir;

  @Test
  void aKilledDrainLosesNothingAndResendsAtMostTheMessageInFlight() throws Exception {
    Path db = dir.resolve("bot.db");
    Path sent = dir.resolve("platform.txt");
    MutableClock clock = new MutableClock(Instant.now());
    try (Incarnation setup =
        new Incarnation(
            db, clock, new AppendingPlatform(sent, 0), WorkerSettings.defaults(), List.of())) {
      setup.database.writeVoid(
          h -> {
            for (int n = 0; n < PER_RECIPIENT; n++) {
              for (int r = 0; r < RECIPIENTS; r++) {
                setup.outbox.enqueue(
                    h,
                    GUILD,
                    new Destination.DirectMessage("m" + r),
                    Message.of("msg " + n),
                    "k:" + r + ":" + n);
              }
            }
          });
    }

    Process child = startChild(db, sent, dir.resolve("child.log"));
    long linesAtKill = awaitLines(sent, 300, Duration.ofSeconds(60), child);
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    long linesAfterKill = lines(sent).size();
    assertThat(linesAfterKill)
        .as("killed mid-drain")
        .isGreaterThanOrEqualTo(linesAtKill)
        .isLessThan(TOTAL);

    // Restart as a new process would: past the dead worker's leases.
    clock.set(Instant.now().plus(WorkerSettings.defaults().lease()).plusSeconds(1));
    try (Incarnation restarted =
        new Incarnation(
            db, clock, new AppendingPlatform(sent, 0), WorkerSettings.defaults(), List.of())) {
      restarted.dispatcher.drain();
      assertThat(restarted.count("SELECT COUNT(*) FROM outbox WHERE state = 'delivered'"))
          .isEqualTo(TOTAL);
    }

    Map<String, List<String>> byRecipient = new HashMap<>();
    for (String line : lines(sent)) {
      String[] parts = line.split("\\|", 2);
      byRecipient.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
    }
    assertThat(byRecipient).hasSize(RECIPIENTS);
    List<String> expected = new ArrayList<>();
    for (int n = 0; n < PER_RECIPIENT; n++) {
      expected.add("msg " + n);
    }
    int duplicates = 0;
    for (List<String> received : byRecipient.values()) {
      assertThat(new ArrayList<>(new LinkedHashSet<>(received)))
          .containsExactlyElementsOf(expected);
      duplicates += received.size() - PER_RECIPIENT;
      for (int i = 1; i < received.size(); i++) {
        // a resend repeats the message right before it, never an older one
        assertThat(expected.indexOf(received.get(i)))
            .isGreaterThanOrEqualTo(expected.indexOf(received.get(i - 1)));
      }
    }
    assertThat(duplicates).isBetween(0, 1);
  }

  private static Process startChild(Path db, Path sent, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return new ProcessBuilder(
            java, "-cp", classpath, DrainChild.class.getName(), db.toString(), sent.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static long awaitLines(Path file, int wanted, Duration timeout, Process child)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      long count = Files.exists(file) ? lines(file).size() : 0;
      if (count >= wanted) {
        return count;
      }
      assertThat(child.isAlive()).as("child still draining").isTrue();
      child.waitFor(5, TimeUnit.MILLISECONDS); // returns early only if the child exits
    }
    throw new AssertionError("child delivered fewer than " + wanted + " messages in " + timeout);
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }
}
