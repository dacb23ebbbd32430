package org.mentorbot.core.command;

import java.util.Objects;

/** A validated command: the spec it matched and its typed options, in its invocation context. */
public record CommandRequest(Invocation invocation, CommandSpec spec, Options options) {
  public CommandRequest {
    Objects.requireNonNull(invocation, "invocation");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(options, "options");
  }

  public Actor actor() {
    return invocation.actor();
  }

  public org.mentorbot.core.community.CommunityId community() {
    return invocation.community();
  }
}
