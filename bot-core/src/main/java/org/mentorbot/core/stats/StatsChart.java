package org.mentorbot.core.stats;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.Styler;
import org.mentorbot.core.stats.StatsReport.RoundFigures;

/**
 * Draws the last rounds as a PNG with XChart: matched % and met % as bars (left axis, 0–100) and
 * the mean feedback as a line (right axis, 1–5). Rounds without pairs or with too few ratings leave
 * a gap rather than a misleading zero.
 */
final class StatsChart {

  static final int WIDTH = 800;
  static final int HEIGHT = 450;

  static {
    // The bot runs on servers without a display; AWT must never try to open one.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private StatsChart() {}

  /** The chart of {@code rounds} (oldest first), or empty when there are none. */
  static Optional<byte[]> png(List<RoundFigures> rounds) {
    if (rounds.isEmpty()) {
      return Optional.empty();
    }
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title("Last " + rounds.size() + (rounds.size() == 1 ? " round" : " rounds"))
            .xAxisTitle("Round")
            .yAxisTitle("% of mentees / pairs")
            .build();
    Styler styler = chart.getStyler();
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    styler.setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setYAxisMin(0, 0.0).setYAxisMax(0, 100.0);
    chart.getStyler().setYAxisMin(1, 1.0).setYAxisMax(1, 5.0);
    chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
    chart.setYAxisGroupTitle(1, "Mean feedback (1-5)");

    List<String> labels = new ArrayList<>();
    List<Number> matched = new ArrayList<>();
    List<Number> met = new ArrayList<>();
    List<Number> feedback = new ArrayList<>();
    for (RoundFigures r : rounds) {
      labels.add("R" + r.number());
      matched.add(r.matchedPercent());
      met.add(r.metPercent().isPresent() ? r.metPercent().getAsInt() : null);
      feedback.add(r.meanFeedback().isPresent() ? r.meanFeedback().getAsDouble() : null);
    }
    chart.addSeries("Matched %", labels, matched);
    if (met.stream().anyMatch(v -> v != null)) {
      chart.addSeries("Met %", labels, met);
    }
    if (feedback.stream().anyMatch(v -> v != null)) {
      chart
          .addSeries("Mean feedback", labels, feedback)
          .setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Line)
          .setYAxisGroup(1);
    }
    try {
      return Optional.of(BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG));
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode the stats chart", e);
    }
  }
}
