package org.mentorbot.core.officehours;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One member's place in one session's queue, with what happened to it. */
record Entry(
    long id,
    long sessionId,
    String userId,
    String question,
    long seq,
    EntryState state,
    boolean nextTold,
    Instant joinedAt,
    Optional<Instant> calledAt,
    Optional<String> calledBy,
    Optional<Instant> presentAt) {

  Entry {
    Objects.requireNonNull(userId);
    Objects.requireNonNull(question);
    Objects.requireNonNull(state);
    Objects.requireNonNull(joinedAt);
    Objects.requireNonNull(calledAt);
    Objects.requireNonNull(calledBy);
    Objects.requireNonNull(presentAt);
  }
}
