package org.mentorbot.core.command;

import java.util.Objects;

/** A member named in a command: the platform user id (the console uses the name as the id). */
public record UserRef(String userId) {
  public UserRef {
    Objects.requireNonNull(userId, "userId");
    if (!userId.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException("bad user id: " + userId);
    }
  }

  /** The neutral mention form, rendered by each platform. */
  public String mention() {
    return "<@" + userId + ">";
  }
}
