package org.mentorbot.core.matching;

import java.util.List;

/** One peer circle of a peer-circle round: its members and the topics they share. */
public record Circle(List<String> members, List<String> sharedTopics) {
  public Circle {
    members = List.copyOf(members);
    sharedTopics = List.copyOf(sharedTopics);
    if (members.size() < 2) {
      throw new IllegalArgumentException("a circle needs at least two members");
    }
  }
}
