package org.mentorbot.core.matching.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A peer-circle round: the peers who joined, blocks, paused members, the match date (for zone
 * offsets), the tie-breaking seed, and the settings ({@code maxTzHours} is what a circle aims to
 * stay within).
 */
public record CircleInput(
    List<MenteeCandidate> peers,
    Set<BlockedPair> blocked,
    Set<String> paused,
    Instant matchDate,
    long seed,
    MatchSettings settings) {
  public CircleInput {
    peers = List.copyOf(peers);
    blocked = Set.copyOf(blocked);
    paused = Set.copyOf(paused);
    Objects.requireNonNull(matchDate, "matchDate");
    Objects.requireNonNull(settings, "settings");
    if (peers.stream().map(MenteeCandidate::id).distinct().count() != peers.size()) {
      throw new IllegalArgumentException("peer ids must be unique");
    }
  }
}
