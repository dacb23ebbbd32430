package org.mentorbot.core.matching;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mentorbot.core.matching.engine.Circle;
import org.mentorbot.core.matching.engine.CircleResult.UnplacedPeer;
import org.mentorbot.core.matching.engine.MatchedPair;
import org.mentorbot.core.matching.engine.UnmatchedMentee;
import org.mentorbot.core.roster.Profile;

/**
 * What publishing a round would commit right now: the engine's pairs and unmatched mentees (or the
 * circles of a peer round and the peers left out), the quality figures, and the profiles involved
 * (for intros). Preview shows it; publish stores it. {@code left} are participants who have left
 * the roster since they joined and so take no part; {@code busy} are mentees who joined a
 * mentorship round while already in a running mentorship, with why in words, and take no part.
 */
public record Plan(
    Round round,
    int mentors,
    List<MatchedPair> pairs,
    List<UnmatchedMentee> unmatched,
    List<Circle> circles,
    List<UnplacedPeer> unplaced,
    Quality quality,
    Map<String, Profile> profiles,
    List<String> left,
    Map<String, String> busy) {

  public Plan {
    Objects.requireNonNull(round, "round");
    pairs = List.copyOf(pairs);
    unmatched = List.copyOf(unmatched);
    circles = List.copyOf(circles);
    unplaced = List.copyOf(unplaced);
    Objects.requireNonNull(quality, "quality");
    profiles = Map.copyOf(profiles);
    left = List.copyOf(left);
    busy = Map.copyOf(busy);
  }

  /** Whether there is anything to publish. */
  public boolean empty() {
    return pairs.isEmpty() && circles.isEmpty();
  }
}
