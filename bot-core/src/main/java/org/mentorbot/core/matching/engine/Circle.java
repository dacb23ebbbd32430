package org.mentorbot.core.matching.engine;

import java.util.List;

/**
 * One peer circle of 3–5 members (ids sorted), the topics at least two members share, and the
 * widest timezone gap inside it in minutes.
 */
public record Circle(List<String> members, List<String> sharedTopics, int maxTzGapMinutes) {
  public Circle {
    members = List.copyOf(members);
    sharedTopics = List.copyOf(sharedTopics);
    if (members.size() < CircleEngine.MIN_SIZE || members.size() > CircleEngine.MAX_SIZE) {
      throw new IllegalArgumentException("a circle has 3 to 5 members, not " + members.size());
    }
  }
}
