package org.mentorbot.core.command;

import org.mentorbot.core.community.CommunitySettings;

/** Decides who is a moderator from platform facts and the community's moderator role. */
public final class Authorizer {

  private Authorizer() {}

  public static boolean isModerator(Actor actor, CommunitySettings settings) {
    return actor.platformModerator()
        || settings.moderatorRole().map(actor.groupIds()::contains).orElse(false);
  }

  /** Throws a problem when {@code actor} may not run {@code spec}. */
  public static void check(CommandSpec spec, Actor actor, CommunitySettings settings) {
    if (spec.access() == Access.MODERATOR && !isModerator(actor, settings)) {
      throw new ProblemException(
          "Only moderators can run `" + spec.path() + "`.",
          "Ask a moderator. Server admins count as moderators; they can add a role with"
              + " `/mentor config moderator-role:@role`.");
    }
  }
}
