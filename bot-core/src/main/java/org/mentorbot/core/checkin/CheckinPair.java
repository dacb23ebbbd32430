package org.mentorbot.core.checkin;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A published pair as check-ins see it: who, which round, and its nudge state. {@code asked} is the
 * last check-in occurrence sent (0 = none), {@code answered} the occurrence the latest answer
 * belongs to (-1 = never answered), {@code misses} the missed or "not yet" check-ins in a row.
 */
record CheckinPair(
    long pairId,
    long communityId,
    long roundId,
    int roundNumber,
    String mentorId,
    String menteeId,
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
    Objects.requireNonNull(mentorId, "mentorId");
    Objects.requireNonNull(menteeId, "menteeId");
    Objects.requireNonNull(lastAnswer, "lastAnswer");
    Objects.requireNonNull(answeredAt, "answeredAt");
  }

  boolean involves(String userId) {
    return mentorId.equals(userId) || menteeId.equals(userId);
  }

  String partnerOf(String userId) {
    return mentorId.equals(userId) ? menteeId : mentorId;
  }

  /** Whether anybody of the pair ever answered. */
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
