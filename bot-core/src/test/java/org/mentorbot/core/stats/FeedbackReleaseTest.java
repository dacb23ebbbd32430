package org.mentorbot.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The stats privacy rule under attack (issue 12, item 3): no rating can be read off one report, nor
 * off two consecutive ones. Each attack is checked by brute force over every possible set of
 * ratings, independently of how {@link FeedbackRelease} decides.
 */
class FeedbackReleaseTest {

  @Test
  void twoPairsWhoAllRateFiveShowNoFigure() {
    assertThat(FeedbackRelease.next(Optional.empty(), 4, 20)).isEmpty();
  }

  @Test
  void oneReportNeverPinsARating() {
    for (int n = 1; n <= 40; n++) {
      for (int sum = n; sum <= 5 * n; sum++) {
        Optional<FeedbackRelease> shown = FeedbackRelease.next(Optional.empty(), n, sum);
        if (shown.isEmpty()) {
          continue;
        }
        // Every rating set the report is consistent with: their sums. One sum that is n or 5n
        // would mean every rating is 1 or every rating is 5.
        SortedSet<Integer> sums = consistentSums(shown.get());
        assertThat(sums).as("n=%d sum=%d", n, sum).hasSizeGreaterThan(1);
      }
    }
  }

  @Test
  void aReportChangesOnlyAfterAWholeBlockOfNewRatings() {
    Optional<FeedbackRelease> first = FeedbackRelease.next(Optional.empty(), 5, 25);
    assertThat(first).hasValue(new FeedbackRelease(5, 4));
    for (int more = 1; more < FeedbackRelease.BLOCK; more++) {
      // One, two ... four more ratings of 1: the figure stays exactly as it was.
      assertThat(FeedbackRelease.next(first, 5 + more, 25 + more)).isEqualTo(first);
    }
  }

  @Test
  void twoConsecutiveReportsNeverRevealANewRating() {
    List<String> leaks = new ArrayList<>();
    for (int n1 = FeedbackRelease.BLOCK; n1 <= 25; n1++) {
      for (int s1 = n1; s1 <= 5 * n1; s1++) {
        Optional<FeedbackRelease> before = FeedbackRelease.next(Optional.empty(), n1, s1);
        if (before.isEmpty()) {
          continue;
        }
        for (int n2 = n1 + 1; n2 <= n1 + 10; n2++) {
          int added = n2 - n1;
          for (int t = added; t <= 5 * added; t++) {
            Optional<FeedbackRelease> after = FeedbackRelease.next(before, n2, s1 + t);
            if (after.equals(before)) {
              continue; // nothing new to compare
            }
            // What the attacker can conclude: every block sum consistent with both reports.
            TreeSet<Integer> blockSums = new TreeSet<>();
            for (int s : consistentSums(before.get())) {
              for (int u = added; u <= 5 * added; u++) {
                if (FeedbackRelease.band(s + u, n2) == after.get().band()) {
                  blockSums.add(u);
                }
              }
            }
            boolean pinned =
                blockSums.equals(new TreeSet<>(List.of(added)))
                    || blockSums.equals(new TreeSet<>(List.of(5 * added)));
            if (pinned || added < FeedbackRelease.BLOCK) {
              leaks.add(before.get() + " -> " + after.get() + " sums " + blockSums);
            }
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static SortedSet<Integer> consistentSums(FeedbackRelease shown) {
    TreeSet<Integer> sums = new TreeSet<>();
    for (int s = shown.ratings(); s <= 5 * shown.ratings(); s++) {
      double mean = (double) s / shown.ratings();
      int band = mean >= 5 ? 4 : (int) Math.floor(mean);
      if (band == shown.band()) {
        sums.add(s);
      }
    }
    return sums;
  }
}
