package org.mentorbot.core.matching.engine;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * A mentee taking part in a round (or a peer, in peer-circle rounds). {@code waitlisted} means the
 * mentee was left unmatched in the previous round and earns the waitlist bonus. {@code formats} are
 * the formats the mentee accepts: the one their profile asks for, or either when nobody said (peer
 * circles ignore it).
 */
public record MenteeCandidate(
    String id,
    Set<String> topics,
    ZoneId zone,
    int years,
    Set<String> languages,
    boolean waitlisted,
    Set<Format> formats) {

  /** A mentee who accepts either format. */
  public MenteeCandidate(
      String id,
      Set<String> topics,
      ZoneId zone,
      int years,
      Set<String> languages,
      boolean waitlisted) {
    this(id, topics, zone, years, languages, waitlisted, Format.any());
  }

  public MenteeCandidate {
    id = Ids.id("mentee", id);
    topics = Ids.strings("topics", topics);
    Objects.requireNonNull(zone, "zone");
    Ids.years(years);
    languages = Ids.strings("languages", languages);
    formats = Format.checked(formats);
  }
}
