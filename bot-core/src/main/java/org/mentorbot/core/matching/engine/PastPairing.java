package org.mentorbot.core.matching.engine;

/** A pairing from an earlier round; {@code roundsAgo} 1 is the previous round. */
public record PastPairing(String mentorId, String menteeId, int roundsAgo) {
  public PastPairing {
    Ids.id("mentor", mentorId);
    Ids.id("mentee", menteeId);
    if (roundsAgo < 1) {
      throw new IllegalArgumentException("roundsAgo must be at least 1, was " + roundsAgo);
    }
  }
}
