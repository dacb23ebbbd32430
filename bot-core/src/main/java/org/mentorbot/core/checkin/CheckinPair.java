package org.mentorbot.core.checkin;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A mentorship (a pair or a circle) as check-ins see it: who, where it came from, and its nudge
 * state. {@code pairId} is the mentorship's id. {@code asked} is the last check-in occurrence sent
 * (0 = none), {@code answered} the occurrence the latest answer belongs to (-1 = never answered),
 * {@code misses} the missed or "not yet" check-ins in a row.
 */
record CheckinPair(
    long pairId,
    long communityId,
    Optional<Long> roundId,
    Optional<Integer> roundNumber,
    boolean circle,
    List<String> members,
    Optional<String> mentorId,
    boolean active,
    int planned,
    int asked,
    int answered,
    Optional<CheckinAnswer> lastAnswer,
    Optional<Instant> answeredAt,
    int misses,
    boolean escalated,
    boolean met) {

  CheckinPair {
    Objects.requireNonNull(roundId, "roundId");
    Objects.requireNonNull(roundNumber, "roundNumber");
    members = List.copyOf(members);
    Objects.requireNonNull(mentorId, "mentorId");
    Objects.requireNonNull(lastAnswer, "lastAnswer");
    Objects.requireNonNull(answeredAt, "answeredAt");
  }

  boolean involves(String userId) {
    return members.contains(userId);
  }

  /** The other member of a pair; for a circle, the first other member. */
  String partnerOf(String userId) {
    return others(userId).stream().findFirst().orElse(userId);
  }

  List<String> others(String userId) {
    return members.stream().filter(m -> !m.equals(userId)).toList();
  }

  /** The mentee of a pair (empty for a circle). */
  Optional<String> menteeId() {
    return circle
        ? Optional.empty()
        : members.stream().filter(m -> !mentorId.equals(Optional.of(m))).findFirst();
  }

  /** Member-facing: {@code <@ada>}, or {@code your circle (<@a>, <@b>)}. */
  String withWhom(String userId) {
    if (!circle) {
      return NudgeMessages.at(partnerOf(userId));
    }
    return "your circle ("
        + others(userId).stream().map(NudgeMessages::at).collect(Collectors.joining(", "))
        + ")";
  }

  /** Moderator-facing: {@code <@ada> (mentor) and <@sam> (mentee)}, or the circle's members. */
  String who() {
    if (circle) {
      return "the circle of "
          + members.stream().map(NudgeMessages::at).collect(Collectors.joining(", "));
    }
    return NudgeMessages.at(mentorId.orElse(""))
        + " (mentor) and "
        + NudgeMessages.at(menteeId().orElse(""))
        + " (mentee)";
  }

  /** Whether anybody ever answered. */
  boolean checkedIn() {
    return answeredAt.isPresent();
  }

  /** The latest check-in went out and nobody answered it. */
  boolean latestUnanswered() {
    return asked > 0 && answered < asked;
  }

  /** One line for {@code /mentor matches} and the overview. */
  String state() {
    if (!active) {
      return "ended";
    }
    String answer =
        lastAnswer
            .map(a -> "last check-in: " + a.label().toLowerCase(java.util.Locale.ROOT))
            .orElse(asked == 0 ? "no check-in yet" : "no answer yet");
    String missed = misses > 0 ? "; " + misses + " missed or not yet in a row" : "";
    return answer + missed + (escalated ? "; moderators were told" : "");
  }
}
