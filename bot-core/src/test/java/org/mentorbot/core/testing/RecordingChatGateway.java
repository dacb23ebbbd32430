package org.mentorbot.core.testing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.function.Predicate;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;

/**
 * A fake platform: records every message it accepts and every attempt, and can be scripted per
 * destination to answer {@code RetryLater}/{@code Undeliverable}, to throw, or to crash the
 * "process" before or after accepting. Unscripted deliveries are accepted. Thread-safe.
 */
public final class RecordingChatGateway implements ChatGateway {

  /** One message the platform accepted (or one attempt, in {@link #attempts()}). */
  public record Delivery(CommunityId community, Destination destination, Message message) {}

  private sealed interface Answer {}

  private record Result(DeliveryResult result) implements Answer {}

  private record Throw(RuntimeException exception) implements Answer {}

  private record Crash(boolean accepted) implements Answer {}

  private final List<Delivery> delivered = new ArrayList<>();
  private final List<Delivery> attempts = new ArrayList<>();
  private final Map<Destination, Queue<Answer>> scripted = new HashMap<>();

  /** The next delivery to {@code destination} gets {@code result} (queued after earlier ones). */
  public synchronized RecordingChatGateway thenAnswer(
      Destination destination, DeliveryResult result) {
    return script(destination, new Result(Objects.requireNonNull(result, "result")));
  }

  public synchronized RecordingChatGateway thenRetryLater(Destination destination, Duration after) {
    return thenAnswer(destination, new DeliveryResult.RetryLater(after, "rate limited (429)"));
  }

  public synchronized RecordingChatGateway thenUndeliverable(Destination destination, String why) {
    return thenAnswer(destination, new DeliveryResult.Undeliverable(why));
  }

  /** The next delivery to {@code destination} throws {@code exception} (a gateway bug/outage). */
  public synchronized RecordingChatGateway thenThrow(
      Destination destination, RuntimeException exception) {
    return script(destination, new Throw(Objects.requireNonNull(exception, "exception")));
  }

  /** The process dies while sending to {@code destination}, before the platform got it. */
  public synchronized RecordingChatGateway thenCrashBeforeSending(Destination destination) {
    return script(destination, new Crash(false));
  }

  /** The platform accepts the message, then the process dies before the bot hears back. */
  public synchronized RecordingChatGateway thenCrashAfterAccepting(Destination destination) {
    return script(destination, new Crash(true));
  }

  private RecordingChatGateway script(Destination destination, Answer answer) {
    scripted.computeIfAbsent(destination, d -> new ArrayDeque<>()).add(answer);
    return this;
  }

  @Override
  public DeliveryResult deliver(CommunityId community, Destination destination, Message message) {
    Delivery delivery = new Delivery(community, destination, message);
    Answer answer;
    synchronized (this) {
      attempts.add(delivery);
      Queue<Answer> queue = scripted.get(destination);
      answer = queue == null ? null : queue.poll();
      if (answer == null || (answer instanceof Crash crash && crash.accepted())) {
        delivered.add(delivery);
        notifyAll();
      }
    }
    if (answer == null) {
      return DeliveryResult.delivered();
    }
    if (answer instanceof Result result) {
      return result.result();
    }
    if (answer instanceof Throw thrown) {
      throw thrown.exception();
    }
    Crash crash = (Crash) answer;
    throw new SimulatedCrash(
        (crash.accepted() ? "after the platform accepted" : "before sending")
            + " to "
            + destination);
  }

  /** Every message the platform accepted, in order. */
  public synchronized List<Delivery> delivered() {
    return List.copyOf(delivered);
  }

  /** Every call to {@link #deliver}, accepted or not, in order. */
  public synchronized List<Delivery> attempts() {
    return List.copyOf(attempts);
  }

  /** Messages accepted for {@code destination}, in order. */
  public synchronized List<Message> deliveredTo(Destination destination) {
    return delivered.stream()
        .filter(d -> d.destination().equals(destination))
        .map(Delivery::message)
        .toList();
  }

  /** The texts of the accepted messages, in order. */
  public synchronized List<String> texts() {
    return delivered.stream().map(d -> d.message().text()).toList();
  }

  /**
   * Waits (without sleeping) until accepted deliveries satisfy {@code condition}, for background
   * loop tests; fails with what was delivered if {@code timeout} passes first.
   */
  public synchronized List<Delivery> awaitDelivered(
      Predicate<List<Delivery>> condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.test(delivered)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("timed out after " + timeout + "; delivered so far: " + texts());
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return List.copyOf(delivered);
  }
}
