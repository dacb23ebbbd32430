package org.mentorbot.core.matching;

import java.util.List;
import org.mentorbot.core.matching.engine.MatchInput;

/**
 * Groups the peers of a peer-circle round (the input's mentees) into circles. Bound to the engine's
 * circle grouping in {@link MatchingFeature}.
 */
@FunctionalInterface
interface CircleGrouping {
  List<Circle> group(MatchInput input);
}
