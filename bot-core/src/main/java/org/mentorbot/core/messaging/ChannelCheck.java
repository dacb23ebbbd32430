package org.mentorbot.core.messaging;

import java.util.Objects;

/**
 * What a platform says about a channel the settings name (by id or by name), asked when a moderator
 * sets it and before an announcement claims to have been made.
 */
public sealed interface ChannelCheck {

  /** The platform can post there; {@code channelId} is its id (a name resolved). */
  record Usable(String channelId) implements ChannelCheck {
    public Usable {
      Objects.requireNonNull(channelId, "channelId");
    }
  }

  /** It cannot: missing, not a channel of this community, or no permission. Says what to do. */
  record Unusable(String problem) implements ChannelCheck {
    public Unusable {
      Objects.requireNonNull(problem, "problem");
    }
  }

  /** The platform cannot tell now (not connected, or it has no way to check): use as given. */
  record Unchecked() implements ChannelCheck {}
}
