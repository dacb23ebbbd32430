package org.mentorbot.core.asks;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** One ask as stored: who asked whom, what, and where it stands. */
record Ask(
    long id,
    String askerId,
    String mentorId,
    String question,
    Ask.State state,
    Instant createdAt,
    Instant expiresAt,
    Optional<Instant> answeredAt) {

  /** Open until the mentor answers or it expires; the other states are final. */
  enum State {
    OPEN,
    ACCEPTED,
    DECLINED,
    EXPIRED;

    String column() {
      return name().toLowerCase(Locale.ROOT);
    }

    static State ofColumn(String value) {
      return valueOf(value.toUpperCase(Locale.ROOT));
    }
  }

  Ask {
    Objects.requireNonNull(askerId, "askerId");
    Objects.requireNonNull(mentorId, "mentorId");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(answeredAt, "answeredAt");
    if (askerId.equals(mentorId)) {
      throw new IllegalArgumentException("an ask needs two different members");
    }
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("an ask must expire after it was made");
    }
  }

  /**
   * A key unique to this ask for outbox and job rows. The creation time is part of it because a row
   * id may be reused after the newest ask is erased, and a reused key would be silently dropped by
   * the outbox.
   */
  String key(String what) {
    return "ask:" + id + ":" + createdAt.toEpochMilli() + ":" + what;
  }

  boolean open() {
    return state == State.OPEN;
  }
}
