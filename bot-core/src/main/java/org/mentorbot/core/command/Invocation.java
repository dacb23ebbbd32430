package org.mentorbot.core.command;

import java.util.Objects;
import java.util.Optional;
import org.mentorbot.core.community.CommunityId;

/** The context of one command or button press: which community, who, and from which channel. */
public record Invocation(CommunityId community, Actor actor, Optional<String> channelId) {
  public Invocation {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(channelId, "channelId");
  }

  public static Invocation of(CommunityId community, Actor actor) {
    return new Invocation(community, actor, Optional.empty());
  }
}
