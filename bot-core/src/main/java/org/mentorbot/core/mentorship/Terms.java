package org.mentorbot.core.mentorship;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.roster.MentorshipFormat;

/**
 * How long one term of a mentorship runs: {@code short-weeks} weeks for short, {@code long-months}
 * calendar months (UTC) for long. Both Continue adds one more term of the same length.
 */
public final class Terms {

  private Terms() {}

  public static Instant end(Instant start, MentorshipFormat format, CommunitySettings s) {
    ZonedDateTime at = start.atZone(ZoneOffset.UTC);
    return (format == MentorshipFormat.LONG
            ? at.plusMonths(s.longMonths())
            : at.plusWeeks(s.shortWeeks()))
        .toInstant();
  }
}
