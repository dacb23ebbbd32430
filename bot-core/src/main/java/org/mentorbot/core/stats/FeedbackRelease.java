package org.mentorbot.core.stats;

import java.util.Optional;

/**
 * The rule that keeps ratings confidential in {@code /mentor stats} (docs/stats.md). A round's
 * feedback is shown as a band one point wide ("between 4 and 5"), never as a mean, and only:
 *
 * <ul>
 *   <li>over at least {@link #BLOCK} ratings;
 *   <li>changed only when at least {@link #BLOCK} ratings arrived since the figure last shown, so
 *       two consecutive reports differ by a whole block, never by one rating;
 *   <li>and only if the two figures together cannot pin the new block to all-1s or all-5s, the one
 *       way a block's ratings could still be read off (the change is held back until more come).
 * </ul>
 *
 * @param ratings how many ratings the shown band is over
 * @param band 1 for "between 1 and 2" ... 4 for "between 4 and 5"
 */
public record FeedbackRelease(int ratings, int band) {

  /** Fewest ratings a figure is over, and fewest new ratings that may change it. */
  public static final int BLOCK = 5;

  public FeedbackRelease {
    if (ratings < BLOCK || band < 1 || band > 4) {
      throw new IllegalArgumentException("a release is over " + BLOCK + "+ ratings, band 1-4");
    }
  }

  /** The band of a mean rating: 1.0–1.99 → 1, ..., 4.0–5.0 → 4. */
  public static int band(int sum, int ratings) {
    return Math.min(4, 1 + (sum - ratings) / ratings);
  }

  /** The band's label, "between 4 and 5". */
  public String label() {
    return "between " + band + " and " + (band + 1);
  }

  /** The band's middle, for the chart. */
  public double middle() {
    return band + 0.5;
  }

  /**
   * What to show after {@code last}, given the round's {@code ratings} ratings summing to {@code
   * sum} now: a new release, or {@code last} unchanged.
   */
  public static Optional<FeedbackRelease> next(
      Optional<FeedbackRelease> last, int ratings, int sum) {
    int shownOver = last.map(FeedbackRelease::ratings).orElse(0);
    if (ratings < BLOCK || ratings < shownOver + BLOCK) {
      return last;
    }
    FeedbackRelease candidate = new FeedbackRelease(ratings, band(sum, ratings));
    if (last.isPresent() && pinsTheNewBlock(last.get(), candidate)) {
      return last;
    }
    return Optional.of(candidate);
  }

  /**
   * Whether someone who saw {@code before} and then {@code after} could tell that every new rating
   * was a 1, or every one a 5: the new block's possible sums, over every set of ratings consistent
   * with {@code before}, are only its smallest or only its largest.
   */
  static boolean pinsTheNewBlock(FeedbackRelease before, FeedbackRelease after) {
    int added = after.ratings() - before.ratings();
    boolean lowest = false;
    boolean highest = false;
    boolean other = false;
    for (int s = before.ratings(); s <= 5 * before.ratings(); s++) {
      if (band(s, before.ratings()) != before.band()) {
        continue;
      }
      for (int t = added; t <= 5 * added; t++) {
        if (band(s + t, after.ratings()) == after.band()) {
          lowest |= t == added;
          highest |= t == 5 * added;
          other |= t != added && t != 5 * added;
        }
      }
    }
    return !other && (lowest != highest);
  }
}
