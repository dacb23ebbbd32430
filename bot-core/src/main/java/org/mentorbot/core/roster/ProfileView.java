package org.mentorbot.core.roster;

import java.time.LocalDate;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.text.SafeText;
import org.mentorbot.core.text.TimeZones;

/** Renders a profile as a message; member-written parts go through {@link SafeText}. */
public final class ProfileView {

  private ProfileView() {}

  /**
   * The member's own profile: everyone's view plus their round-notice choice ({@code notify:}),
   * which only they see, so they can check what they chose and how to change it.
   */
  public static Message renderOwn(
      Profile p,
      LocalDate today,
      String heading,
      CommunitySettings settings,
      boolean roundNotices) {
    return builder(p, today, heading, settings)
        .field(
            "Round notices",
            roundNotices
                ? "on (a DM when a round opens and one reminder before its sign-up closes;"
                    + " `/mentor edit notify:off` stops them)"
                : "off (no round DMs; `/mentor edit notify:rounds` turns them on)")
        .build();
  }

  /** {@code settings} give the lengths behind "short" and "long". */
  public static Message render(
      Profile p, LocalDate today, String heading, CommunitySettings settings) {
    return builder(p, today, heading, settings).build();
  }

  private static Message.Builder builder(
      Profile p, LocalDate today, String heading, CommunitySettings settings) {
    Message.Builder m =
        Message.builder(heading).title("Profile of " + SafeText.of(p.displayName()));
    m.field("Roles", roles(p));
    if (p.mentor()) {
      m.field("Mentors in", String.join(", ", p.mentorTopics()));
      m.field("Capacity", p.capacity() + (p.capacity() == 1 ? " mentee" : " mentees"));
      m.field("Offers", p.offers().describe());
    }
    if (p.mentee()) {
      m.field("Wants to learn", String.join(", ", p.menteeTopics()));
      p.goals().ifPresent(g -> m.field("Goals", SafeText.of(g)));
      p.format().ifPresent(f -> m.field("Format", describe(f, settings)));
    }
    p.years().ifPresent(y -> m.field("Experience", y + (y == 1 ? " year" : " years")));
    p.zone().ifPresent(z -> m.field("Timezone", TimeZones.format(z)));
    if (!p.languages().isEmpty()) {
      m.field("Languages", String.join(", ", p.languages()));
    }
    p.bio().ifPresent(b -> m.field("Bio", SafeText.of(b)));
    if (p.pausedOn(today)) {
      m.field("Paused", p.pausedUntil().map(d -> "until " + d).orElse("until resumed"));
    }
    return m;
  }

  /** A format with its length in this community, e.g. "long (6 months)". */
  public static String describe(MentorshipFormat f, CommunitySettings s) {
    return f == MentorshipFormat.SHORT
        ? "short (until the goals are reached, at most "
            + s.shortWeeks()
            + (s.shortWeeks() == 1 ? " week)" : " weeks)")
        : "long (" + s.longMonths() + (s.longMonths() == 1 ? " month)" : " months)");
  }

  static String roles(Profile p) {
    if (p.mentor() && p.mentee()) {
      return "mentor and mentee";
    }
    return p.mentor() ? "mentor" : "mentee";
  }
}
