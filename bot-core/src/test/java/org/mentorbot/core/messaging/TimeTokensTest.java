package org.mentorbot.core.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeTokensTest {

  private static final Instant MEETING = Instant.parse("2026-12-10T18:00:00Z");

  @Test
  void tokensAreDiscordsTimestampSyntaxInSeconds() {
    assertThat(TimeTokens.at(MEETING)).isEqualTo("<t:1796925600:f>");
    assertThat(TimeTokens.time(MEETING)).isEqualTo("<t:1796925600:t>");
    assertThat(TimeTokens.relative(MEETING)).isEqualTo("<t:1796925600:R>");
  }

  @Test
  void aReaderInSeoulSeesTheirOwnDateAndTimeWithTheZoneNamed() {
    String text =
        "Office hours " + TimeTokens.at(MEETING) + " (" + TimeTokens.relative(MEETING) + ")";

    assertThat(
            TimeTokens.plain(text, ZoneId.of("Asia/Seoul"), Instant.parse("2026-12-07T18:00:00Z")))
        .isEqualTo("Office hours Fri 11 Dec 03:00 Asia/Seoul (in 3 days)");
    assertThat(TimeTokens.plain(text, ZoneOffset.UTC, Instant.parse("2026-12-10T20:30:00Z")))
        .isEqualTo("Office hours Thu 10 Dec 18:00 UTC (2 hours ago)");
  }

  @Test
  void fixedOffsetsAreLabelledAsMembersTypeThem() {
    assertThat(TimeTokens.plain(TimeTokens.at(MEETING), ZoneOffset.ofHoursMinutes(5, 30), MEETING))
        .isEqualTo("Thu 10 Dec 23:30 UTC+05:30");
  }

  @Test
  void utcRenderingNeedsNoReaderAndNoClock() {
    assertThat(
            TimeTokens.utc("from " + TimeTokens.at(MEETING) + ", " + TimeTokens.relative(MEETING)))
        .isEqualTo("from Thu 10 Dec 18:00 UTC, Thu 10 Dec 18:00 UTC");
  }

  @Test
  void textWithoutTokensIsReturnedUnchangedAndLookalikesAreLeftAlone() {
    String text = "<t:abc:f> <t:123:x> <@u1> plain";

    assertThat(TimeTokens.contains(text)).isFalse();
    assertThat(TimeTokens.plain(text, ZoneOffset.UTC, MEETING)).isEqualTo(text);
  }

  @Test
  void relativeTextUsesTheLargestWholeUnit() {
    assertThat(TimeTokens.relativeText(MEETING, MEETING.minusSeconds(30))).isEqualTo("now");
    assertThat(TimeTokens.relativeText(MEETING, MEETING.minusSeconds(60))).isEqualTo("in 1 minute");
    assertThat(TimeTokens.relativeText(MEETING, MEETING.minusSeconds(7200)))
        .isEqualTo("in 2 hours");
    assertThat(TimeTokens.relativeText(MEETING, MEETING.plusSeconds(86_400)))
        .isEqualTo("1 day ago");
  }
}
