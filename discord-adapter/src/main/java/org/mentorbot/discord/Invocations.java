package org.mentorbot.discord;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.Interaction;
import org.mentorbot.core.command.Actor;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;

/**
 * The platform facts of an interaction, for the core: the guild is the community, Manage Server
 * makes a platform moderator, and the member's roles are the groups the core checks against the
 * configured moderator role.
 */
final class Invocations {
  private Invocations() {}

  /** Empty for interactions outside a guild (commands are registered for guilds only). */
  static Optional<Invocation> of(Interaction interaction) {
    Member member = interaction.getMember();
    if (interaction.getGuild() == null || member == null) {
      return Optional.empty();
    }
    Set<String> roleIds =
        member.getRoles().stream().map(ISnowflake::getId).collect(Collectors.toSet());
    Actor actor =
        new Actor(
            member.getId(),
            member.getEffectiveName(),
            member.hasPermission(Permission.MANAGE_SERVER),
            roleIds);
    CommunityId community = new CommunityId(Platform.DISCORD, interaction.getGuild().getId());
    return Optional.of(
        new Invocation(community, actor, Optional.ofNullable(interaction.getChannelId())));
  }
}
