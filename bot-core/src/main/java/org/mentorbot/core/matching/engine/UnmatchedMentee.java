package org.mentorbot.core.matching.engine;

import java.util.Objects;

/**
 * A mentee left without a mentor, the cause, how many mentors were still candidates at the rule
 * that ruled the last of them out ({@code candidates}), and a sentence for moderators.
 */
public record UnmatchedMentee(
    String menteeId, UnmatchedCause cause, int candidates, String reason) {
  public UnmatchedMentee {
    Objects.requireNonNull(menteeId, "menteeId");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(reason, "reason");
  }
}
