package org.mentorbot.core.officehours;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * One office-hours session. {@code number} is the small per-community number members type; {@code
 * id} is the row id used in buttons and jobs.
 */
record Session(
    long id,
    long communityId,
    int number,
    String ownerId,
    String ownerName,
    Optional<String> topic,
    int capacity,
    ZoneId zone,
    SessionState state,
    Optional<Long> scheduleId,
    Instant startsAt,
    Instant endsAt,
    int broadcasts) {

  Session {
    Objects.requireNonNull(ownerId);
    Objects.requireNonNull(ownerName);
    Objects.requireNonNull(topic);
    Objects.requireNonNull(zone);
    Objects.requireNonNull(state);
    Objects.requireNonNull(scheduleId);
    Objects.requireNonNull(startsAt);
    Objects.requireNonNull(endsAt);
    if (number < 1 || capacity < 1) {
      throw new IllegalArgumentException("session number and capacity must be positive");
    }
    if (endsAt.isBefore(startsAt)) {
      throw new IllegalArgumentException("a session cannot end before it starts");
    }
  }

  /** How members see it: {@code #3 (java)}. */
  String label() {
    return "#" + number + topic.map(t -> " (" + t + ")").orElse("");
  }
}
