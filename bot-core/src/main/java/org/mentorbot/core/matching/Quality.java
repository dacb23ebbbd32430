package org.mentorbot.core.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorbot.core.matching.engine.MatchedPair;

/**
 * How good a round's result is, for moderators: the share of mentees matched, the mean pair score,
 * and topic coverage — of all the topics mentees asked for (each mentee's list counted), the share
 * their assigned mentor shares. Percentages are rounded down.
 */
public record Quality(int mentees, int matched, int matchedPercent, int meanScore, int coverage) {

  public static Quality of(
      List<MatchedPair> pairs,
      int mentees,
      Map<String, Set<String>> menteeTopics,
      Map<String, Set<String>> mentorTopics) {
    long total = pairs.stream().mapToLong(MatchedPair::score).sum();
    long wanted = menteeTopics.values().stream().mapToLong(Set::size).sum();
    long covered = 0;
    for (MatchedPair p : pairs) {
      Set<String> offered = mentorTopics.getOrDefault(p.mentorId(), Set.of());
      covered +=
          menteeTopics.getOrDefault(p.menteeId(), Set.of()).stream()
              .filter(offered::contains)
              .count();
    }
    return new Quality(
        mentees,
        pairs.size(),
        mentees == 0 ? 0 : pairs.size() * 100 / mentees,
        pairs.isEmpty() ? 0 : (int) (total / pairs.size()),
        wanted == 0 ? 0 : (int) (covered * 100 / wanted));
  }

  /** "3 of 4 mentees matched (75%) · mean score 142 · topic coverage 80%". */
  public String summary() {
    return matched
        + " of "
        + mentees
        + (mentees == 1 ? " mentee" : " mentees")
        + " matched ("
        + matchedPercent
        + "%) · mean score "
        + meanScore
        + " · topic coverage "
        + coverage
        + "%";
  }
}
