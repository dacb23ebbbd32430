package org.mentorbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.schedule.ScheduleFixture.ALICE;
import static org.mentorbot.core.schedule.ScheduleFixture.BOB;
import static org.mentorbot.core.schedule.ScheduleFixture.GUILD;
import static org.mentorbot.core.schedule.ScheduleFixture.MODS;
import static org.mentorbot.core.schedule.ScheduleFixture.SETTINGS;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.testing.RecordingChatGateway;

class OutboxDispatcherTest {

  private final ScheduleFixture f =
      new ScheduleFixture(org.mentorbot.core.testing.TestDatabase.fresh());
  private final RecordingChatGateway platform = new RecordingChatGateway();
  private final List<UndeliveredMessage> undelivered = new ArrayList<>();
  private final OutboxDispatcher dispatcher = dispatcher(SETTINGS);

  private OutboxDispatcher dispatcher(WorkerSettings settings) {
    return new OutboxDispatcher(
        f.database,
        platform,
        f.communities,
        f.codec,
        f.clock,
        settings,
        (h, message) -> {
          undelivered.add(message);
          // what the composition root does: tell the moderators, in the same transaction
          f.outbox.enqueue(
              h,
              message.community(),
              MODS,
              Message.of("Could not deliver " + message.idempotencyKey() + ": " + message.reason()),
              "undeliverable:" + message.outboxId());
        });
  }

  @AfterEach
  void close() {
    dispatcher.close();
    f.database.close();
  }

  @Test
  void deliversEachPendingMessageOnceAndMarksItDelivered() {
    f.enqueue(ALICE, "hello alice", "a1");
    f.enqueue(BOB, "hello bob", "b1");

    assertThat(dispatcher.deliverDue()).isEqualTo(2);
    assertThat(dispatcher.deliverDue()).isZero();

    assertThat(platform.texts()).containsExactly("hello alice", "hello bob");
    assertThat(platform.delivered()).allSatisfy(d -> assertThat(d.community()).isEqualTo(GUILD));
    assertThat(f.states("outbox")).containsExactly("delivered", "delivered");
    assertThat(f.count("SELECT COUNT(*) FROM outbox WHERE claimed_by IS NOT NULL")).isZero();
  }

  @Test
  void retryLaterWaitsForThePlatformsDelayWhenLongerThanTheBackoff() {
    f.enqueue(ALICE, "hi", "a1");
    platform.thenRetryLater(ALICE, Duration.ofSeconds(60));

    dispatcher.drain();
    f.clock.advance(Duration.ofSeconds(59));
    assertThat(dispatcher.drain()).isZero();
    f.clock.advance(Duration.ofSeconds(1));
    assertThat(dispatcher.drain()).isEqualTo(1);

    assertThat(platform.attempts()).hasSize(2);
    assertThat(platform.texts()).containsExactly("hi");
    assertThat(f.count("SELECT attempts FROM outbox")).isEqualTo(2);
  }

  @Test
  void retryLaterWaitsForTheBackoffWhenLongerThanThePlatformsDelay() {
    f.enqueue(ALICE, "hi", "a1");
    platform.thenRetryLater(ALICE, Duration.ZERO).thenRetryLater(ALICE, Duration.ZERO);

    dispatcher.drain(); // failure 1: backoff 2 s
    f.clock.advance(Duration.ofSeconds(2));
    dispatcher.drain(); // failure 2: backoff 4 s
    f.clock.advance(Duration.ofSeconds(3));
    assertThat(dispatcher.drain()).isZero();
    f.clock.advance(Duration.ofSeconds(1));
    assertThat(dispatcher.drain()).isEqualTo(1);

    assertThat(platform.texts()).containsExactly("hi");
  }

  @Test
  void gatewayExceptionsBackOffExponentiallyUpToTheCap() {
    f.enqueue(ALICE, "hi", "a1");
    for (int i = 0; i < 4; i++) {
      platform.thenThrow(ALICE, new IllegalStateException("socket closed"));
    }
    List<Long> waits = new ArrayList<>();
    long start = f.clock.millis();
    dispatcher.drain();
    for (int failures = 1; failures <= 4; failures++) {
      long next = f.count("SELECT next_attempt_at FROM outbox");
      waits.add((next - f.clock.millis()) / 1000);
      f.clock.set(java.time.Instant.ofEpochMilli(next));
      dispatcher.drain();
    }

    assertThat(waits).containsExactly(2L, 4L, 8L, 16L);
    assertThat(platform.texts()).containsExactly("hi");
    assertThat(f.clock.millis() - start).isEqualTo(30_000);
  }

  @Test
  void givesUpAfterTheAttemptBudgetAndTellsTheModerators() {
    f.enqueue(ALICE, "hi", "a1");
    for (int i = 0; i < 5; i++) {
      platform.thenRetryLater(ALICE, Duration.ofSeconds(1));
    }
    for (int i = 0; i < 10; i++) {
      dispatcher.drain();
      f.clock.advance(Duration.ofMinutes(1));
    }

    assertThat(platform.attempts().stream().filter(d -> d.destination().equals(ALICE))).hasSize(5);
    assertThat(undelivered)
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.attempts()).isEqualTo(5);
              assertThat(u.reason()).startsWith("gave up after 5 attempts; last: retry later");
              assertThat(u.destination()).contains(ALICE);
            });
    assertThat(f.states("outbox")).containsExactly("undeliverable", "delivered");
    assertThat(platform.deliveredTo(MODS))
        .singleElement()
        .satisfies(m -> assertThat(m.text()).startsWith("Could not deliver a1: gave up"));
  }

  @Test
  void undeliverableIsFinalAtOnceAndRecordsTheReason() {
    f.enqueue(ALICE, "hi", "a1");
    platform.thenUndeliverable(ALICE, "DMs closed");

    dispatcher.drain();
    f.clock.advance(Duration.ofDays(1));
    dispatcher.drain();

    assertThat(platform.attempts().stream().filter(d -> d.destination().equals(ALICE))).hasSize(1);
    assertThat(f.strings("SELECT last_error FROM outbox WHERE id = 1"))
        .containsExactly("DMs closed");
    assertThat(undelivered).extracting(UndeliveredMessage::reason).containsExactly("DMs closed");
    assertThat(platform.deliveredTo(MODS)).hasSize(1);
  }

  @Test
  void aFailingListenerDoesNotKeepTheRowPending() {
    OutboxDispatcher strict =
        new OutboxDispatcher(
            f.database,
            platform,
            f.communities,
            f.codec,
            f.clock,
            SETTINGS,
            (h, message) -> {
              throw new IllegalStateException("moderator channel not configured");
            });
    f.enqueue(ALICE, "hi", "a1");
    platform.thenUndeliverable(ALICE, "DMs closed");

    strict.drain();

    assertThat(f.states("outbox")).containsExactly("undeliverable");
  }

  @Test
  void keepsEachRecipientsMessagesInOrderWhileTheFirstWaits() {
    f.enqueue(ALICE, "one", "a1");
    f.enqueue(BOB, "bob", "b1");
    platform.thenRetryLater(ALICE, Duration.ofSeconds(30));
    dispatcher.drain();
    f.enqueue(ALICE, "two", "a2");
    f.enqueue(ALICE, "three", "a3");

    dispatcher.drain();
    assertThat(platform.deliveredTo(ALICE)).isEmpty();

    f.clock.advance(Duration.ofSeconds(30));
    dispatcher.drain();
    assertThat(platform.deliveredTo(ALICE))
        .extracting(Message::text)
        .containsExactly("one", "two", "three");
    assertThat(platform.deliveredTo(BOB)).hasSize(1);
  }

  @Test
  void aRowClaimedByAnotherWorkerWaitsForItsLeaseToExpire() {
    f.enqueue(ALICE, "hi", "a1");
    long lease = SETTINGS.lease().toMillis();
    f.database.writeVoid(
        h ->
            h.execute(
                "UPDATE outbox SET claimed_by = 'other', claimed_until = ?",
                f.clock.millis() + lease));

    assertThat(dispatcher.drain()).isZero();
    f.clock.advance(SETTINGS.lease().minusMillis(1));
    assertThat(dispatcher.drain()).isZero();
    f.clock.advance(Duration.ofMillis(1));
    assertThat(dispatcher.drain()).isEqualTo(1);
    assertThat(platform.texts()).containsExactly("hi");
  }

  @Test
  void twoDispatchersOnOneDatabaseDeliverEachMessageOnce() {
    OutboxDispatcher second = dispatcher(SETTINGS.withBatchSize(3));
    for (int i = 0; i < 40; i++) {
      f.enqueue(
          new org.mentorbot.core.messaging.Destination.DirectMessage("u" + i), "m" + i, "k" + i);
    }
    int first = 0;
    int other = 0;
    while (true) {
      int a = dispatcher.deliverDue();
      int b = second.deliverDue();
      first += a;
      other += b;
      if (a + b == 0) {
        break;
      }
    }

    assertThat(first + other).isEqualTo(40);
    assertThat(other).isPositive();
    assertThat(platform.texts()).hasSize(40).doesNotHaveDuplicates();
  }

  @Test
  void withSeveralDeliveryThreadsCallsThePlatformConcurrentlyStillOncePerMessage() {
    int threads = 4;
    CountDownLatch allInFlight = new CountDownLatch(threads);
    ChatGateway slowPlatform =
        (community, destination, message) -> {
          allInFlight.countDown();
          try {
            // only returns early if the other calls are in flight at the same time
            assertThat(allInFlight.await(10, TimeUnit.SECONDS)).as("concurrent calls").isTrue();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
          return platform.deliver(community, destination, message);
        };
    OutboxDispatcher parallel =
        new OutboxDispatcher(
            f.database,
            slowPlatform,
            f.communities,
            f.codec,
            f.clock,
            SETTINGS.withDeliveryThreads(threads),
            UndeliverableListener.NONE);
    for (int i = 0; i < threads; i++) {
      f.enqueue(new Destination.DirectMessage("u" + i), "first " + i, "a" + i);
      f.enqueue(new Destination.DirectMessage("u" + i), "second " + i, "b" + i);
    }
    try {
      assertThat(parallel.drain()).isEqualTo(2 * threads);
    } finally {
      parallel.close();
    }

    assertThat(platform.texts()).hasSize(2 * threads).doesNotHaveDuplicates();
    for (int i = 0; i < threads; i++) {
      assertThat(platform.deliveredTo(new Destination.DirectMessage("u" + i)))
          .extracting(Message::text)
          .containsExactly("first " + i, "second " + i);
    }
    assertThat(f.states("outbox")).containsOnly("delivered");
  }

  @Test
  void backgroundLoopDeliversSoonAfterAnEnqueueCommits() throws InterruptedException {
    SqlOutbox waking = new SqlOutbox(f.communities, f.codec, f.clock, dispatcher::wake);
    dispatcher.start();

    f.database.writeVoid(h -> waking.enqueue(h, GUILD, ALICE, Message.of("hi"), "a1"));
    platform.awaitDelivered(d -> d.size() == 1, Duration.ofSeconds(10));
    dispatcher.close();

    assertThat(platform.texts()).containsExactly("hi");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS) // the old stop waited 30 s for a stuck call
  void aStopThatRunsOutOfTimeInterruptsTheStuckDeliveryAndTheMessageIsDeliveredLater()
      throws InterruptedException {
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    ChatGateway stuck =
        (community, destination, message) -> {
          arrived.countDown();
          try {
            never.await(); // a platform that does not answer, until the stop interrupts it
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
          }
          return platform.deliver(community, destination, message);
        };
    OutboxDispatcher stopping =
        new OutboxDispatcher(
            f.database,
            stuck,
            f.communities,
            f.codec,
            f.clock,
            SETTINGS.withDeliveryThreads(2),
            UndeliverableListener.NONE);
    f.enqueue(ALICE, "hello", "a1");
    stopping.start();
    assertThat(arrived.await(10, TimeUnit.SECONDS)).as("delivery in flight").isTrue();

    stopping.close(Duration.ofMillis(200));

    assertThat(platform.texts()).isEmpty();
    assertThat(f.states("outbox")).as("back in the outbox, not lost").containsExactly("pending");
    f.clock.advance(Duration.ofMinutes(5));
    assertThat(dispatcher.drain()).isEqualTo(1);
    assertThat(platform.texts()).containsExactly("hello");
  }
}
