package org.mentorbot.core.officehours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.officehours.OfficeHoursFixture.dmsTo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.testing.MutableClock;

/** Many members at once on a real SQLite file, and state that outlives the process. */
class ConcurrencyAndRestartTest {

  private static final int MEMBERS = 16;
  private static final Pattern POSITION = Pattern.compile("position (\\d+) of");
  private static final Pattern CALLED = Pattern.compile("Next: <@(m\\d+)>");

  @TempDir Path dir;
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  private OfficeHoursFixture open(MutableClock clock) {
    return new OfficeHoursFixture(Database.openFile(dir.resolve("bot.db").toString()), clock);
  }

  /** Runs every task at the same moment on the pool and returns their results in task order. */
  private List<String> together(List<java.util.concurrent.Callable<String>> tasks)
      throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> futures = new ArrayList<>();
    for (var task : tasks) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return task.call();
              }));
    }
    start.countDown();
    List<String> out = new ArrayList<>();
    for (Future<String> f : futures) {
      out.add(f.get(60, TimeUnit.SECONDS));
    }
    return out;
  }

  @Test
  void simultaneousJoinsGetDistinctGapFreePositionsAndNextNeverRepeatsAPerson() throws Exception {
    try (OfficeHoursFixture f = open(MutableClock.startingMonday())) {
      f.mentor("alice", "java");
      f.mentor("zoe", "java");
      f.say("alice", "officehours open topic:java capacity:200");
      f.say("zoe", "officehours open topic:java");

      List<String> joins =
          together(
              IntStream.range(0, MEMBERS)
                  .<java.util.concurrent.Callable<String>>mapToObj(
                      i -> () -> f.say("m" + i, "queue join 1 question:\"q" + i + "\""))
                  .toList());
      List<Integer> positions = new ArrayList<>();
      for (String reply : joins) {
        Matcher m = POSITION.matcher(reply);
        assertThat(m.find()).as(reply).isTrue();
        positions.add(Integer.parseInt(m.group(1)));
      }
      assertThat(positions)
          .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, MEMBERS).boxed().toList());
      List<Long> seqs =
          f.db.read(
              h -> h.createQuery("SELECT seq FROM oh_entry ORDER BY seq").mapTo(Long.class).list());
      assertThat(seqs)
          .containsExactlyElementsOf(
              IntStream.rangeClosed(1, MEMBERS).mapToObj(Long::valueOf).toList());

      // Both mentors press next at once, again and again: everyone is called exactly once.
      List<java.util.concurrent.Callable<String>> nexts = new ArrayList<>();
      for (int i = 0; i < MEMBERS; i++) {
        String host = i % 2 == 0 ? "alice" : "zoe";
        nexts.add(() -> f.say(host, "officehours next"));
      }
      List<String> called = new ArrayList<>();
      for (String reply : together(nexts)) {
        Matcher m = CALLED.matcher(reply);
        assertThat(m.find()).as(reply).isTrue();
        called.add(m.group(1));
      }
      assertThat(called).doesNotHaveDuplicates().hasSize(MEMBERS);
      f.deliver();
      for (int i = 0; i < MEMBERS; i++) {
        assertThat(dmsTo(f.gateway.delivered(), "m" + i))
            .filteredOn(t -> t.startsWith("It's your turn"))
            .hasSize(1);
      }
    }
  }

  @Test
  void queueAndPendingSkipSurviveARestart() {
    MutableClock clock = MutableClock.startingMonday();
    try (OfficeHoursFixture f = open(clock)) {
      f.mentor("alice", "java");
      f.say("alice", "officehours open topic:java");
      f.say("bob", "queue join 1 question:\"b\"");
      f.say("carol", "queue join 1 question:\"c\"");
      f.say("dan", "queue join 1 question:\"d\"");
      f.say("alice", "officehours next");
      f.deliver();
    }
    clock.advance(Duration.ofMinutes(6));
    try (OfficeHoursFixture f = open(clock)) {
      var out = f.deliver();
      assertThat(dmsTo(out, "bob")).singleElement().asString().startsWith("You were skipped");
      assertThat(f.say("carol", "queue position")).contains("position 1 of 2");
      assertThat(f.say("dan", "queue position")).contains("position 2 of 2");
      assertThat(f.say("alice", "officehours next")).startsWith("Next: <@carol>");
    }
  }
}
