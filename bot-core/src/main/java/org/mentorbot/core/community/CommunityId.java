package org.mentorbot.core.community;

import java.util.Objects;

/**
 * One Discord guild or Slack workspace (or the console's single community). Every row the bot
 * stores is scoped by one of these.
 */
public record CommunityId(Platform platform, String externalId) {
  public CommunityId {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(externalId, "externalId");
    if (externalId.isBlank() || externalId.length() > 100) {
      throw new IllegalArgumentException("community id must be 1-100 characters: " + externalId);
    }
  }

  @Override
  public String toString() {
    return platform.name().toLowerCase(java.util.Locale.ROOT) + ":" + externalId;
  }
}
