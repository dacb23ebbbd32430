package org.mentorbot.core.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A meeting of a mentorship as stored. {@code move} is a new time someone proposed for a scheduled
 * meeting; the meeting keeps its time until the others accept it.
 */
public record Meeting(
    long id,
    long communityId,
    long mentorshipId,
    Optional<Long> roundId,
    MeetingState state,
    TimeRange when,
    String proposedBy,
    Optional<Move> move,
    int sequence) {

  /** A proposed new time for a scheduled meeting. */
  public record Move(TimeRange when, String by) {
    public Move {
      Objects.requireNonNull(when, "when");
      Objects.requireNonNull(by, "by");
    }
  }

  public Meeting {
    Objects.requireNonNull(roundId, "roundId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(proposedBy, "proposedBy");
    Objects.requireNonNull(move, "move");
  }

  public Instant start() {
    return when.start();
  }

  public int minutes() {
    return (int) when.length().toMinutes();
  }

  public Duration length() {
    return when.length();
  }

  /** Whether it is still to come (proposed or scheduled, not started yet) at {@code now}. */
  public boolean upcoming(Instant now) {
    return (state == MeetingState.PROPOSED || state == MeetingState.SCHEDULED)
        && when.start().isAfter(now);
  }
}
