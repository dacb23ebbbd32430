package org.mentorbot.core.messaging;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Status;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;
import org.mentorbot.core.community.CommunityId;

/**
 * One calendar event as an iCalendar file (RFC 5545) members can add to their own calendar: a
 * VEVENT with a stable UID, DTSTART in UTC, a DURATION, a summary and a description. A later
 * version of the same event (rescheduled, cancelled) keeps the UID and raises SEQUENCE, so calendar
 * apps update or remove the event they already have instead of adding a second one.
 *
 * <p>Written with biweekly, not by hand: folding, escaping and line endings are the library's job.
 * METHOD is PUBLISH for a current event (mentorbot has no e-mail addresses, so there is no
 * organizer to reply to, which REQUEST would need) and CANCEL, with STATUS:CANCELLED, for a
 * cancelled one.
 */
public record CalendarInvite(
    String uid,
    int sequence,
    Instant start,
    Duration length,
    String summary,
    String description,
    boolean cancelled,
    Instant stamp) {

  static final String PRODUCT_ID = "-//mentorbot//meetings//EN";
  public static final String MEDIA_TYPE = "text/calendar";

  public CalendarInvite {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(length, "length");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(stamp, "stamp");
    if (uid.isBlank() || sequence < 0 || length.isNegative() || length.isZero()) {
      throw new IllegalArgumentException("an invite needs a uid, a sequence >= 0 and a length");
    }
  }

  /**
   * A UID that stays the same for one thing (a meeting, an office-hours session) in one community,
   * however often its invite is sent: {@code meeting-12-discord-4242@mentorbot}.
   */
  public static String uid(String kind, long id, CommunityId community) {
    return kind
        + "-"
        + id
        + "-"
        + community.platform().name().toLowerCase(Locale.ROOT)
        + "-"
        + community.externalId().replaceAll("[^A-Za-z0-9._-]", "_")
        + "@mentorbot";
  }

  /** The file's text, CRLF line endings as RFC 5545 wants. */
  public String text() {
    ICalendar calendar = new ICalendar();
    calendar.setProductId(PRODUCT_ID);
    calendar.setMethod(cancelled ? Method.cancel() : Method.publish());
    VEvent event = new VEvent();
    event.setUid(uid);
    event.setSequence(sequence);
    event.setDateTimeStamp(Date.from(stamp));
    event.setDateStart(Date.from(start), true);
    event.setDuration(biweekly.util.Duration.fromMillis(length.toMillis()));
    event.setSummary(summary);
    event.setDescription(description);
    event.setStatus(cancelled ? Status.cancelled() : Status.confirmed());
    calendar.addEvent(event);
    return Biweekly.write(calendar).go();
  }

  /** The file to send with a message, e.g. {@code meeting-3.ics}. */
  public Attachment attachment(String fileName) {
    return new Attachment(fileName, MEDIA_TYPE, text().getBytes(StandardCharsets.UTF_8));
  }
}
