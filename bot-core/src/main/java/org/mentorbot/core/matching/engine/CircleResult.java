package org.mentorbot.core.matching.engine;

import java.util.List;

/** Circles sorted by their first member, and every peer left out with the reason. */
public record CircleResult(List<Circle> circles, List<UnplacedPeer> unplaced) {
  public CircleResult {
    circles = List.copyOf(circles);
    unplaced = List.copyOf(unplaced);
  }

  /** A peer not in any circle, and why. */
  public record UnplacedPeer(String peerId, String reason) {}
}
