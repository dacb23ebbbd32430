package org.mentorbot.core.matching;

import java.util.Optional;

/** Binds {@link CircleGrouping} to the engine's peer-circle grouping, when the engine has one. */
final class CircleGroupings {

  private CircleGroupings() {}

  /** Empty while the engine offers no circle grouping: peer-circle rounds are then refused. */
  static Optional<CircleGrouping> engine() {
    return Optional.empty();
  }
}
