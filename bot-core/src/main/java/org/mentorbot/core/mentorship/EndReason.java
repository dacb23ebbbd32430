package org.mentorbot.core.mentorship;

import java.util.Optional;

/** Why a mentorship ended; the stored id and the words members and moderators read. */
public enum EndReason {
  GOAL_REACHED("goal-reached", "goal reached"),
  TERM_COMPLETED("term-completed", "term completed"),
  ENDED_EARLY("ended-early", "ended early"),
  BLOCKED_LEFT("blocked-left", "a member blocked the other or left"),
  UNPAIRED("unpaired", "ended by a moderator");

  private final String id;
  private final String words;

  EndReason(String id, String words) {
    this.id = id;
    this.words = words;
  }

  public String id() {
    return id;
  }

  public String words() {
    return words;
  }

  /** Counts as a success in stats: no alert, the members are thanked. */
  public boolean success() {
    return this == GOAL_REACHED || this == TERM_COMPLETED;
  }

  public static Optional<EndReason> parse(String id) {
    for (EndReason r : values()) {
      if (r.id.equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
