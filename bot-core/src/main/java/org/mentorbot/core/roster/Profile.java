package org.mentorbot.core.roster;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's roster entry. One member can be a mentor and a mentee, with topics for each; {@code
 * format} is what they want as a mentee, {@code offers} what they offer as a mentor.
 */
public record Profile(
    String userId,
    String displayName,
    boolean mentor,
    boolean mentee,
    List<String> mentorTopics,
    List<String> menteeTopics,
    Optional<String> goals,
    Optional<Integer> years,
    Optional<ZoneId> zone,
    int capacity,
    List<String> languages,
    Optional<String> bio,
    Optional<MentorshipFormat> format,
    FormatOffer offers,
    boolean paused,
    Optional<LocalDate> pausedUntil) {

  public Profile {
    Objects.requireNonNull(userId);
    Objects.requireNonNull(displayName);
    mentorTopics = List.copyOf(mentorTopics);
    menteeTopics = List.copyOf(menteeTopics);
    languages = List.copyOf(languages);
    Objects.requireNonNull(goals);
    Objects.requireNonNull(years);
    Objects.requireNonNull(zone);
    Objects.requireNonNull(bio);
    Objects.requireNonNull(format);
    Objects.requireNonNull(offers);
    Objects.requireNonNull(pausedUntil);
    if (capacity < 1 || capacity > 5) {
      throw new IllegalArgumentException("capacity must be 1-5");
    }
    if ((mentor && mentorTopics.isEmpty()) || (mentee && menteeTopics.isEmpty())) {
      throw new IllegalArgumentException("a role needs topics");
    }
  }

  /** A fresh profile with no role yet; signup adds one. */
  public static Profile blank(String userId, String displayName) {
    return new Profile(
        userId,
        displayName,
        false,
        false,
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        1,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        FormatOffer.BOTH,
        false,
        Optional.empty());
  }

  /** Whether the pause is in force on {@code today}; a dated pause ends after its day. */
  public boolean pausedOn(LocalDate today) {
    return paused && pausedUntil.map(until -> !today.isAfter(until)).orElse(true);
  }

  public boolean onRoster() {
    return mentor || mentee;
  }
}
