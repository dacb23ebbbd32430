package org.mentorbot.core.matching;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code match_pair} row: a published mentor–mentee pair of a round. {@code active} until the
 * round closes or the pair ends early (check-ins may end it).
 */
public record PairRow(
    long id,
    long roundId,
    int roundNumber,
    String mentorId,
    String menteeId,
    int score,
    List<String> reasons,
    boolean active,
    Instant createdAt,
    Optional<Instant> endedAt) {
  public PairRow {
    Objects.requireNonNull(mentorId, "mentorId");
    Objects.requireNonNull(menteeId, "menteeId");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(endedAt, "endedAt");
  }

  public boolean involves(String userId) {
    return mentorId.equals(userId) || menteeId.equals(userId);
  }

  /** The other member of the pair. */
  public String partnerOf(String userId) {
    return mentorId.equals(userId) ? menteeId : mentorId;
  }
}
