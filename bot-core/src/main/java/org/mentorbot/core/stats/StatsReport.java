package org.mentorbot.core.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What a moderator sees in {@code /mentor stats}: the last rounds (oldest first), office hours over
 * a window, and flagged feedback comments. The shape itself keeps ratings confidential: no field
 * holds one member's rating, and a round's mean exists only over at least {@link #MIN_RATINGS}
 * ratings (with one rating the mean is the rating).
 */
public record StatsReport(
    List<RoundFigures> rounds,
    int earlierRounds,
    OfficeHours officeHours,
    List<FlaggedComment> flagged,
    int moreFlagged) {

  /** Fewest ratings a mean is shown over. */
  public static final int MIN_RATINGS = FeedbackRelease.BLOCK;

  public StatsReport {
    rounds = List.copyOf(rounds);
    Objects.requireNonNull(officeHours, "officeHours");
    flagged = List.copyOf(flagged);
    if (earlierRounds < 0 || moreFlagged < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
  }

  /** Whether there is nothing to report at all. */
  public boolean empty() {
    return rounds.isEmpty() && officeHours.sessions() == 0;
  }

  /**
   * One published or closed round. {@code joined} and {@code matched} count mentees (peers in a
   * peer-circle round); {@code pairs}, {@code metPairs} and {@code stalePairs} count the pairs
   * check-ins follow; {@code meanFeedback} is empty below {@link #MIN_RATINGS} ratings.
   */
  public record RoundFigures(
      int number,
      LocalDate date,
      String kind,
      int joined,
      int matched,
      int pairs,
      int metPairs,
      int stalePairs,
      int feedbackCount,
      OptionalDouble meanFeedback) {
    public RoundFigures {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(meanFeedback, "meanFeedback");
      if (number < 1 || joined < 0 || matched < 0 || pairs < 0 || feedbackCount < 0) {
        throw new IllegalArgumentException("round figures cannot be negative");
      }
      if (metPairs < 0 || metPairs > pairs || stalePairs < 0 || stalePairs > pairs) {
        throw new IllegalArgumentException("met and stale pairs are among the round's pairs");
      }
      if (meanFeedback.isPresent() && feedbackCount < MIN_RATINGS) {
        throw new IllegalArgumentException(
            "a mean of fewer than " + MIN_RATINGS + " ratings would reveal individual ratings");
      }
    }

    /** Mentees matched out of mentees joined, 0–100 (rounded down, as in preview). */
    public int matchedPercent() {
      return joined == 0 ? 0 : matched * 100 / joined;
    }

    /** Pairs that answered "met" at least once, 0–100; empty without pairs (peer circles). */
    public OptionalInt metPercent() {
      return pairs == 0 ? OptionalInt.empty() : OptionalInt.of(metPairs * 100 / pairs);
    }
  }

  /** Office-hours totals for sessions opened at or after {@code since}. */
  public record OfficeHours(
      Instant since,
      int sessions,
      int served,
      int noShows,
      Optional<Duration> meanWait,
      Optional<Duration> meanService) {
    public OfficeHours {
      Objects.requireNonNull(since, "since");
      Objects.requireNonNull(meanWait, "meanWait");
      Objects.requireNonNull(meanService, "meanService");
    }
  }

  /**
   * A feedback comment check-ins flagged (a safety word, or the lowest rating). The moderator needs
   * the pair to act, so the writer and the member it is about are named; the rating is not kept.
   * {@code comment} is already defused by {@code SafeText} and clipped.
   */
  public record FlaggedComment(int roundNumber, String fromId, String aboutId, String comment) {
    public FlaggedComment {
      Objects.requireNonNull(fromId, "fromId");
      Objects.requireNonNull(aboutId, "aboutId");
      Objects.requireNonNull(comment, "comment");
    }
  }
}
