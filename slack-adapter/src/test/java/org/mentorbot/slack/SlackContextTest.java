package org.mentorbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class SlackContextTest {

  private static final Duration BUDGET = Duration.ofMillis(1500);

  @Test
  void anIdleAdapterHoldsTheAckForTheReplyUpToItsBudget() {
    ThreadPoolExecutor workers = workers();
    try {
      assertThat(context(workers).replyWait()).isEqualTo(BUDGET);
    } finally {
      workers.shutdownNow();
    }
  }

  @Test
  void aBackloggedAdapterAcksAtOnceAndRepliesThroughResponseUrl() throws Exception {
    ThreadPoolExecutor workers = workers();
    CountDownLatch busy = new CountDownLatch(1);
    CountDownLatch running = new CountDownLatch(1);
    try {
      workers.execute(
          () -> {
            running.countDown();
            await(busy);
          });
      assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
      workers.execute(() -> await(busy)); // queued behind the busy worker

      assertThat(context(workers).replyWait())
          .as("work would wait behind a backlog, so the ack must not")
          .isZero();
    } finally {
      busy.countDown();
      workers.shutdownNow();
    }
  }

  private static ThreadPoolExecutor workers() {
    return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(10));
  }

  private static SlackContext context(ThreadPoolExecutor workers) {
    return new SlackContext(null, null, null, null, null, null, workers, BUDGET);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
