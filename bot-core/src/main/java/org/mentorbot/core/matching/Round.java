package org.mentorbot.core.matching;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.mentorbot.core.matching.engine.RoundKind;

/**
 * One {@code match_round} row. {@code number} counts a community's rounds from 1; {@code seed} is
 * fixed at opening so preview and publish agree; {@code openedBy} is a user id or {@code schedule}.
 */
public record Round(
    long id,
    long communityId,
    int number,
    RoundKind kind,
    RoundState state,
    Instant openedAt,
    Instant signupClosesAt,
    Instant matchAt,
    Optional<Instant> publishedAt,
    Optional<String> openedBy,
    long seed) {

  /** {@code openedBy} of rounds the monthly schedule opened. */
  public static final String BY_SCHEDULE = "schedule";

  public Round {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(signupClosesAt, "signupClosesAt");
    Objects.requireNonNull(matchAt, "matchAt");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(openedBy, "openedBy");
    if (number < 1) {
      throw new IllegalArgumentException("round numbers start at 1, was " + number);
    }
    if (signupClosesAt.isBefore(openedAt)) {
      throw new IllegalArgumentException("sign-up cannot close before the round opens");
    }
  }

  public boolean circles() {
    return kind == RoundKind.PEER_CIRCLES;
  }

  /** "Round 3 (mentorship)". */
  public String title() {
    return "Round " + number + " (" + Kinds.label(kind) + ")";
  }
}
