package org.mentorbot.core.messaging;

import java.time.Duration;
import java.util.Objects;

/** What a platform said when asked to deliver one message. */
public sealed interface DeliveryResult {

  /** The platform accepted the message. */
  record Delivered() implements DeliveryResult {}

  /** A temporary problem (rate limit, outage): try again no sooner than {@code after}. */
  record RetryLater(Duration after, String reason) implements DeliveryResult {
    public RetryLater {
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** It will never arrive (member left, DMs closed, channel deleted); say why, do not retry. */
  record Undeliverable(String reason) implements DeliveryResult {
    public Undeliverable {
      Objects.requireNonNull(reason, "reason");
    }
  }

  static DeliveryResult delivered() {
    return new Delivered();
  }
}
