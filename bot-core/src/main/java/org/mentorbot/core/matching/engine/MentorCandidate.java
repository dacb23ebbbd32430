package org.mentorbot.core.matching.engine;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * A mentor taking part in a round. {@code capacity} is the number of mentees the mentor can still
 * take this round (0–5; a full mentor stays in the input so unmatched mentees can be told that
 * capacity ran out). Topics and languages arrive normalised and are compared as given. {@code
 * formats} are the mentorship formats the mentor offers (both unless they said otherwise).
 */
public record MentorCandidate(
    String id,
    Set<String> topics,
    ZoneId zone,
    int years,
    int capacity,
    Set<String> languages,
    Set<Format> formats) {

  /** A mentor offering both formats. */
  public MentorCandidate(
      String id, Set<String> topics, ZoneId zone, int years, int capacity, Set<String> languages) {
    this(id, topics, zone, years, capacity, languages, Format.any());
  }

  public MentorCandidate {
    id = Ids.id("mentor", id);
    topics = Ids.strings("topics", topics);
    Objects.requireNonNull(zone, "zone");
    Ids.years(years);
    if (capacity < 0 || capacity > 5) {
      throw new IllegalArgumentException("capacity must be between 0 and 5, was " + capacity);
    }
    languages = Ids.strings("languages", languages);
    formats = Format.checked(formats);
  }
}
