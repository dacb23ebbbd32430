package org.mentorbot.core.messaging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Where an outbound message goes. User and channel ids are the platform's own. */
public sealed interface Destination {

  /** A direct message to one member. */
  record DirectMessage(String userId) implements Destination {
    public DirectMessage {
      requireId(userId);
    }
  }

  /** A post in a channel (announcements, moderator alerts). */
  record Channel(String channelId) implements Destination {
    public Channel {
      requireId(channelId);
    }
  }

  /**
   * One conversation with several members (an intro). Adapters use a group DM or a private thread
   * where the platform allows it, else a DM to each member. {@code placeIn} is the community's
   * configured channel for such threads (Discord's match channel), when it has one.
   */
  record Conversation(List<String> userIds, Optional<String> placeIn) implements Destination {
    public Conversation {
      userIds = List.copyOf(userIds);
      if (userIds.size() < 2) {
        throw new IllegalArgumentException("a conversation needs at least two members");
      }
      userIds.forEach(Destination::requireId);
      Objects.requireNonNull(placeIn, "placeIn");
      placeIn.ifPresent(Destination::requireId);
    }

    /** A conversation with no preferred channel. */
    public Conversation(List<String> userIds) {
      this(userIds, Optional.empty());
    }
  }

  private static void requireId(String id) {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("blank id");
    }
  }
}
