package org.mentorbot.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A pair across London and Seoul meets through the console: shared hours, a proposal, an invite
 * file, the agenda, a move, the reminder, the follow-up and a cancellation, against a reviewed
 * transcript.
 */
class MeetingsScriptTest {

  private static final String TRANSCRIPT = ConsoleTranscripts.play("meetings.script");

  @Test
  void meetingsScriptMatchesTheReviewedTranscript() {
    assertThat(TRANSCRIPT).isEqualTo(ConsoleTranscripts.expected("meetings.script", TRANSCRIPT));
  }

  @Test
  void eachMemberReadsTimesInTheirOwnZoneAndGetsCalendarFiles() {
    assertThat(TRANSCRIPT)
        .contains("Europe/London")
        .contains("Asia/Seoul")
        .contains("meeting-1.ics")
        .doesNotContain("Something went wrong");
  }
}
