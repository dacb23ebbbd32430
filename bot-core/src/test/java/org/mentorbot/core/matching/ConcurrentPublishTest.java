package org.mentorbot.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.testing.TestCommunity;

/**
 * Two moderators publish at the same moment through two cores — two processes' worth of connections
 * and write locks — on one database file. Exactly one publish wins; the pairs and intros exist
 * once.
 */
class ConcurrentPublishTest {

  @TempDir Path dir;

  @Test
  void twoConcurrentPublishesCreateThePairsAndIntrosOnce() throws Exception {
    String file = dir.resolve("mentorbot.db").toString();
    try (TestCommunity first = new TestCommunity(Database.openFile(file));
        TestCommunity second = new TestCommunity(Database.openFile(file))) {
      first.mentor("ada", "signup mentor topics:java years:10 capacity:2");
      first.mentor("bob", "signup mentor topics:go years:9");
      for (String mentee : List.of("kim", "sam", "lee")) {
        first.mentor(mentee, "signup mentee topics:java,go years:1 goals:\"learn\"");
      }
      first.run("mod", "round", "open");
      for (String user : List.of("ada", "bob", "kim", "sam", "lee")) {
        first.run(user, "round", "join");
      }

      // Everyone was invited by DM when the round opened; only the intros come after.
      int invited = first.deliveries().size() + second.deliveries().size();
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<Reply>> replies = new ArrayList<>();
        for (TestCommunity core : List.of(first, second)) {
          replies.add(
              pool.submit(
                  () -> {
                    start.await();
                    return core.core
                        .commands()
                        .runText(TestCommunity.as("mod"), "round", "publish");
                  }));
        }
        start.countDown();
        List<Reply> results = new ArrayList<>();
        for (Future<Reply> reply : replies) {
          results.add(reply.get(60, TimeUnit.SECONDS));
        }
        assertThat(results).filteredOn(r -> r instanceof Reply.Shown).hasSize(1);
        assertThat(results)
            .filteredOn(r -> r instanceof Reply.Problem)
            .singleElement()
            .satisfies(
                p ->
                    assertThat(((Reply.Problem) p).problem())
                        .contains("round 1 was already published"));
      } finally {
        pool.shutdownNow();
      }
      assertThat(first.count("SELECT COUNT(*) FROM match_pair")).isEqualTo(3);
      assertThat(first.count("SELECT COUNT(*) FROM outbox WHERE idempotency_key LIKE 'intro:%'"))
          .isEqualTo(3);
      first.core.runDueWork();
      second.core.runDueWork();
      assertThat(first.deliveries().size() + second.deliveries().size()).isEqualTo(invited + 3);
    }
  }
}
