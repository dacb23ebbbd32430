package org.mentorbot.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.stats.StatsReport.FlaggedComment;
import org.mentorbot.core.stats.StatsReport.OfficeHours;
import org.mentorbot.core.stats.StatsReport.RoundFigures;
import org.mentorbot.core.testing.TestCommunity;

/** The report's confidentiality rules, its text for odd shapes, and the chart with gaps. */
class StatsReportTest {

  private static final OfficeHours NO_OFFICE_HOURS =
      new OfficeHours(
          Instant.parse("2026-03-01T00:00:00Z"), 0, 0, 0, Optional.empty(), Optional.empty());

  private static RoundFigures round(int n, String kind, int pairs, int ratings, Double mean) {
    return new RoundFigures(
        n,
        LocalDate.of(2026, 1, 1).plusMonths(n),
        kind,
        10,
        8,
        pairs,
        pairs / 2,
        pairs > 0 ? 1 : 0,
        ratings,
        mean == null ? OptionalDouble.empty() : OptionalDouble.of(mean));
  }

  @Test
  void aFeedbackFigureOverFewerThanFiveRatingsCannotExist() {
    assertThatThrownBy(() -> round(1, "mentorship", 2, 4, 4.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("individual ratings");
    assertThat(round(1, "mentorship", 2, 5, 4.5).meanFeedback()).hasValue(4.5);
  }

  @Test
  void metAndStalePairsMustBeAmongTheRoundsPairs() {
    assertThatThrownBy(
            () ->
                new RoundFigures(
                    1, LocalDate.EPOCH, "mentorship", 2, 2, 1, 2, 0, 0, OptionalDouble.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void peerCircleRoundsShowPeersAndNoMeetRate() {
    RoundFigures circles = round(3, "peer-circles", 0, 0, null);
    assertThat(circles.metPercent()).isEmpty();
    String text =
        TestCommunity.flatten(
            StatsCommand.message(
                new StatsReport(List.of(circles), 0, NO_OFFICE_HOURS, List.of(), 0)));
    assertThat(text)
        .contains(
            "• Round 3 · 2026-04-01 · peer-circles · 8/10 peers in circles (80%) · feedback: — (n=0)")
        .doesNotContain("met:");
  }

  @Test
  void saysHowManyEarlierRoundsAndFlaggedCommentsAreNotShown() {
    List<FlaggedComment> flagged = List.of(new FlaggedComment(2, "kim", "bob", "felt unsafe"));
    Message m =
        StatsCommand.message(
            new StatsReport(
                List.of(round(2, "mentorship", 4, 0, null)), 5, NO_OFFICE_HOURS, flagged, 3));
    assertThat(TestCommunity.flatten(m))
        .contains("(5 earlier rounds not shown)")
        .contains("Flagged feedback, round 2: From <@kim> about <@bob>: \"felt unsafe\"")
        .contains("More flagged feedback: 3 more, older than those above.")
        .contains("Office hours since 2026-03-01: No sessions.");
    assertThat(m.mentions()).isEmpty();
  }

  @Test
  void theChartHasGapsForRoundsWithoutPairsOrEnoughRatings() throws IOException {
    List<RoundFigures> rounds = new ArrayList<>();
    rounds.add(round(1, "mentorship", 4, 5, 3.5));
    rounds.add(round(2, "peer-circles", 0, 0, null));
    rounds.add(round(3, "reverse", 2, 1, null));
    rounds.add(round(4, "mentorship", 6, 9, 4.2));
    byte[] png = StatsChart.png(rounds).orElseThrow();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(StatsChart.WIDTH);
    assertThat(image.getHeight()).isEqualTo(StatsChart.HEIGHT);
    assertThat(StatsChart.png(List.of())).isEmpty();
  }

  @Test
  void aChartWithoutAnyMeanOrMeetRateStillRenders() throws IOException {
    byte[] png = StatsChart.png(List.of(round(1, "peer-circles", 0, 0, null))).orElseThrow();
    assertThat(ImageIO.read(new ByteArrayInputStream(png))).isNotNull();
  }

  @Test
  void officeHoursMinutesHaveOneDecimal() {
    assertThat(StatsCommand.minutes(Duration.ofSeconds(380))).isEqualTo("6.3 min");
  }
}
