package org.mentorbot.core.command;

import java.util.Objects;
import java.util.Set;

/**
 * Who runs a command, with the facts their platform vouches for. {@code platformModerator} is
 * Discord's Manage Server permission or a Slack workspace admin/owner; {@code groupIds} are the
 * Discord role ids or Slack user-group ids the member belongs to, checked against the community's
 * configured moderator role. The core decides authorization from these facts alone.
 */
public record Actor(
    String userId, String displayName, boolean platformModerator, Set<String> groupIds) {
  public Actor {
    Objects.requireNonNull(userId, "userId");
    if (userId.isBlank()) {
      throw new IllegalArgumentException("blank user id");
    }
    displayName = displayName == null || displayName.isBlank() ? userId : displayName;
    groupIds = Set.copyOf(groupIds);
  }

  public static Actor member(String userId) {
    return new Actor(userId, userId, false, Set.of());
  }
}
