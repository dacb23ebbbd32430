package org.mentorbot.core.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.junit.jupiter.api.Test;

/** What biweekly writes, read back by an independent reader (ical4j). */
class CalendarInviteTest {

  private static final Instant START = Instant.parse("2026-12-10T18:00:00Z");
  private static final Instant STAMP = Instant.parse("2026-12-01T09:00:00Z");

  static Calendar parse(String text) throws Exception {
    return new CalendarBuilder().build(new StringReader(text));
  }

  static String value(Component event, String property) {
    return event.<Property>getProperty(property).orElseThrow().getValue();
  }

  static Component event(Calendar calendar) {
    List<CalendarComponent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  @Test
  void anInviteIsOneVeventWithAStableUidAUtcStartAndADuration() throws Exception {
    CalendarInvite invite =
        new CalendarInvite(
            "meeting-7@console.mentorbot",
            0,
            START,
            Duration.ofMinutes(45),
            "Mentoring: alice and bob",
            "Open goals:\n1. Lead a team; with commas, and \"quotes\"",
            false,
            STAMP);

    String text = invite.text();
    Calendar calendar = parse(text);
    Component event = event(calendar);

    assertThat(text).contains("\r\n").startsWith("BEGIN:VCALENDAR");
    assertThat(calendar.<Property>getProperty(Property.METHOD).orElseThrow().getValue())
        .isEqualTo("PUBLISH");
    assertThat(calendar.<Property>getProperty(Property.VERSION).orElseThrow().getValue())
        .isEqualTo("2.0");
    assertThat(value(event, Property.UID)).isEqualTo("meeting-7@console.mentorbot");
    assertThat(value(event, Property.DTSTART)).isEqualTo("20261210T180000Z");
    assertThat(Duration.parse(value(event, Property.DURATION))).isEqualTo(Duration.ofMinutes(45));
    assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
    assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
    assertThat(value(event, Property.SUMMARY)).isEqualTo("Mentoring: alice and bob");
    assertThat(value(event, Property.DESCRIPTION))
        .isEqualTo("Open goals:\n1. Lead a team; with commas, and \"quotes\"");
  }

  @Test
  void aCancellationKeepsTheUidAndRaisesTheSequence() throws Exception {
    CalendarInvite cancel =
        new CalendarInvite(
            "meeting-7@console.mentorbot",
            2,
            START,
            Duration.ofMinutes(45),
            "Mentoring: alice and bob",
            "Cancelled",
            true,
            STAMP);

    Calendar calendar = parse(cancel.text());
    Component event = event(calendar);

    assertThat(calendar.<Property>getProperty(Property.METHOD).orElseThrow().getValue())
        .isEqualTo("CANCEL");
    assertThat(value(event, Property.UID)).isEqualTo("meeting-7@console.mentorbot");
    assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
    assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
  }

  @Test
  void theAttachmentIsAnIcsFileInUtf8() {
    Attachment file =
        new CalendarInvite("u@x", 0, START, Duration.ofHours(1), "Café", "Ünïcode", false, STAMP)
            .attachment("meeting-1.ics");

    assertThat(file.fileName()).isEqualTo("meeting-1.ics");
    assertThat(file.mediaType()).isEqualTo("text/calendar");
    assertThat(new String(file.content(), StandardCharsets.UTF_8)).contains("SUMMARY:Café");
  }
}
