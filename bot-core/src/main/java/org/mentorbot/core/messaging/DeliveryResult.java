package org.mentorbot.core.messaging;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What a platform said when asked to deliver one message. */
public sealed interface DeliveryResult {

  /**
   * The platform accepted the message. {@code shortfall} names whom it could not reach, if anyone
   * (an intro thread a member who left the server could not be added to): the others have it, so
   * nothing is retried, and moderators are told once.
   */
  record Delivered(Optional<String> shortfall) implements DeliveryResult {
    public Delivered {
      Objects.requireNonNull(shortfall, "shortfall");
    }

    public Delivered() {
      this(Optional.empty());
    }
  }

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

  /** Delivered to some, not all: {@code shortfall} says who is missing and why. */
  static DeliveryResult deliveredExcept(String shortfall) {
    return new Delivered(Optional.of(shortfall));
  }
}
