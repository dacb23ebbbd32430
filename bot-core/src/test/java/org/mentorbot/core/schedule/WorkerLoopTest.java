package org.mentorbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkerLoopTest {

  @Test
  void aFailingPassDoesNotStopTheLoop() throws InterruptedException {
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch recovered = new CountDownLatch(1);
    WorkerLoop loop =
        new WorkerLoop(
            "test-loop",
            Duration.ofMillis(5),
            () -> {
              if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database busy");
              }
              recovered.countDown();
              return 0;
            });
    loop.start();
    try {
      assertThat(recovered.await(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      loop.close();
    }
  }

  @Test
  void wakeRunsAPassLongBeforeThePollInterval() throws InterruptedException {
    CountDownLatch secondPass = new CountDownLatch(2);
    WorkerLoop loop =
        new WorkerLoop(
            "test-loop",
            Duration.ofHours(1),
            () -> {
              secondPass.countDown();
              return 0;
            });
    loop.start(); // first pass at once
    loop.wake();
    try {
      assertThat(secondPass.await(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      loop.close();
    }
  }

  @Test
  void drainsWhilePassesFindWork() throws InterruptedException {
    AtomicInteger backlog = new AtomicInteger(5);
    CountDownLatch empty = new CountDownLatch(1);
    WorkerLoop loop =
        new WorkerLoop(
            "test-loop",
            Duration.ofHours(1),
            () -> {
              int left = backlog.getAndUpdate(n -> Math.max(0, n - 1));
              if (left == 0) {
                empty.countDown();
              }
              return left;
            });
    loop.start();
    try {
      assertThat(empty.await(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      loop.close();
    }
    assertThat(backlog).hasValue(0);
  }

  @Test
  void startsOnceAndNotAfterClose() {
    WorkerLoop loop = new WorkerLoop("test-loop", Duration.ofHours(1), () -> 0);
    loop.start();
    assertThatThrownBy(loop::start).hasMessage("test-loop is already started");
    loop.close();
    assertThatThrownBy(loop::start).hasMessage("test-loop is closed");
    loop.wake(); // harmless after close
  }
}
