package org.mentorbot.core.mentorship;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mentorbot.core.roster.MentorshipFormat;

/**
 * A mentorship as stored: who (a mentor and a mentee, or 3–5 peers), its format and term, where it
 * came from and where it is in its lifecycle.
 */
public record Mentorship(
    long id,
    long communityId,
    MentorshipKind kind,
    MentorshipFormat format,
    Optional<Long> roundId,
    Optional<Integer> roundNumber,
    Optional<String> topic,
    List<Seat> seats,
    MentorshipState state,
    Instant startedAt,
    Instant plannedEnd,
    int terms,
    Optional<EndReason> endReason,
    Optional<Instant> endedAt) {

  public Mentorship {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(roundId, "roundId");
    Objects.requireNonNull(roundNumber, "roundNumber");
    Objects.requireNonNull(topic, "topic");
    seats = List.copyOf(seats);
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(plannedEnd, "plannedEnd");
    Objects.requireNonNull(endReason, "endReason");
    Objects.requireNonNull(endedAt, "endedAt");
  }

  public boolean circle() {
    return kind == MentorshipKind.CIRCLE;
  }

  public boolean running() {
    return state.running();
  }

  public List<String> memberIds() {
    return seats.stream().map(Seat::userId).toList();
  }

  public boolean involves(String userId) {
    return seats.stream().anyMatch(s -> s.userId().equals(userId));
  }

  public Optional<Seat> seatOf(String userId) {
    return seats.stream().filter(s -> s.userId().equals(userId)).findFirst();
  }

  /** The mentor of a pair (empty for circles). */
  public Optional<String> mentorId() {
    return seats.stream().filter(s -> s.role() == SeatRole.MENTOR).map(Seat::userId).findFirst();
  }

  /** The mentee of a pair (empty for circles). */
  public Optional<String> menteeId() {
    return seats.stream().filter(s -> s.role() == SeatRole.MENTEE).map(Seat::userId).findFirst();
  }

  /** Everybody but {@code userId}. */
  public List<String> othersOf(String userId) {
    return seats.stream().map(Seat::userId).filter(u -> !u.equals(userId)).toList();
  }

  /** Member-facing words for the others: {@code <@ada>} or {@code your circle (<@a>, <@b>)}. */
  public String withWhom(String userId) {
    List<String> others = othersOf(userId);
    if (!circle()) {
      return others.isEmpty() ? "your partner" : at(others.get(0));
    }
    return "your circle ("
        + others.stream().map(Mentorship::at).collect(Collectors.joining(", "))
        + ")";
  }

  /**
   * Member-facing name of the relationship: {@code your mentorship with <@ada>} or {@code your
   * circle (<@a>, <@b>)}.
   */
  public String described(String userId) {
    return circle() ? withWhom(userId) : "your mentorship with " + withWhom(userId);
  }

  /** {@link #described} with a capital first letter, to start a sentence. */
  public String describedAtStart(String userId) {
    String d = described(userId);
    return Character.toUpperCase(d.charAt(0)) + d.substring(1);
  }

  /** Whether every member chose to continue for another term. */
  public boolean everyoneContinues() {
    return seats.stream().allMatch(s -> s.choice().equals(Optional.of(TermChoice.CONTINUE)));
  }

  static String at(String userId) {
    return "<@" + userId + ">";
  }
}
