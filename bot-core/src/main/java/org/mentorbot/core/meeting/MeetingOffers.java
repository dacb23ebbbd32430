package org.mentorbot.core.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mentorbot.core.messaging.Button;

/**
 * The shared daytime windows an intro (and {@code /mentor meetings}) offers: 2–3 in the next week,
 * each written out in every member's own zone, each with a "Propose" button that proposes the
 * window's start for {@link Meetings#DEFAULT_MINUTES} minutes.
 */
public final class MeetingOffers {

  static final int MAX_WINDOWS = 3;

  private MeetingOffers() {}

  /** A member and their zone (UTC when their profile names none). */
  public record Member(String userId, ZoneId zone) {
    public Member {
      Objects.requireNonNull(userId, "userId");
      Objects.requireNonNull(zone, "zone");
    }
  }

  /** The field text and its buttons. */
  public record Offer(String text, List<Button> buttons, List<TimeRange> windows) {
    public Offer {
      Objects.requireNonNull(text, "text");
      buttons = List.copyOf(buttons);
      windows = List.copyOf(windows);
    }
  }

  /** The windows for the members of mentorship {@code mentorshipId}, as seen at {@code now}. */
  public static Offer offer(
      long mentorshipId, List<Member> members, SharedHours hours, Instant now) {
    List<TimeRange> windows =
        hours.offer(
            members.stream().map(Member::zone).toList(),
            now,
            Meetings.HORIZON,
            Duration.ofMinutes(Meetings.DEFAULT_MINUTES),
            MAX_WINDOWS);
    if (windows.isEmpty()) {
      return new Offer(
          "Your daytimes ("
              + hours.dayStart()
              + "–"
              + hours.dayEnd()
              + " in each of your zones) don't overlap in the next week. Agree on a time that"
              + " works and set it with `/mentor meet @partner when:\"YYYY-MM-DD HH:MM\""
              + " anyway:yes`.",
          List.of(),
          List.of());
    }
    StringBuilder text = new StringBuilder();
    List<Button> buttons = new ArrayList<>();
    for (int i = 0; i < windows.size(); i++) {
      TimeRange w = windows.get(i);
      text.append(i == 0 ? "" : "\n").append(i + 1).append(". ");
      for (int j = 0; j < members.size(); j++) {
        Member m = members.get(j);
        text.append(j == 0 ? "" : "; ")
            .append("<@")
            .append(m.userId())
            .append("> ")
            .append(LocalTimes.range(w, m.zone()));
      }
      buttons.add(
          Button.secondary(
              "Propose " + (i + 1),
              MeetingButtons.PREFIX + ":offer:" + mentorshipId + ":" + w.start().getEpochSecond()));
    }
    text.append("\n\"Propose\" suggests the start of that window for ")
        .append(Meetings.DEFAULT_MINUTES)
        .append(" minutes; any other time: `/mentor meet @partner when:\"YYYY-MM-DD HH:MM\"`.");
    return new Offer(text.toString(), buttons, windows);
  }
}
