package org.mentorbot.core.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DaytimeWindowTest {

  private final DaytimeWindow window = new DaytimeWindow(LocalTime.of(9, 0), LocalTime.of(20, 0));
  private final ZoneId tokyo = ZoneId.of("Asia/Tokyo");

  @Test
  void aNudgeInsideTheWindowGoesNow() {
    Instant due = Instant.parse("2026-03-02T03:00:00Z"); // 12:00 in Tokyo
    assertThat(window.deliverAt(due, tokyo)).isEqualTo(due);
  }

  @Test
  void aNudgeBeforeDayStartWaitsForThisMorning() {
    Instant due = Instant.parse("2026-03-01T18:00:00Z"); // 03:00 in Tokyo
    assertThat(window.deliverAt(due, tokyo)).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
  }

  @Test
  void aNudgeAfterDayEndWaitsForTomorrowMorning() {
    Instant due = Instant.parse("2026-03-02T12:00:00Z"); // 21:00 in Tokyo
    assertThat(window.deliverAt(due, tokyo)).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
    assertThat(window.deliverAt(Instant.parse("2026-03-02T11:00:00Z"), tokyo))
        .isEqualTo(Instant.parse("2026-03-03T00:00:00Z")); // 20:00 sharp is after the day
  }

  @Test
  void aWindowMustStartBeforeItEnds() {
    assertThatThrownBy(() -> new DaytimeWindow(LocalTime.of(20, 0), LocalTime.of(9, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
