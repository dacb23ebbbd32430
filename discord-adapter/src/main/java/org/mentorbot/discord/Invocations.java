package org.mentorbot.discord;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
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
    CommunityId community = new CommunityId(Platform.DISCORD, interaction.getGuild().getId());
    return Optional.of(
        new Invocation(community, actor(member), Optional.ofNullable(interaction.getChannelId())));
  }

  /**
   * A press in a direct message, for the guild its button names ({@code guild} is that guild as
   * found on any shard, null if no shard of this process has it). The member's facts are fetched
   * from Discord (one REST call, no privileged intent); someone no longer in the server, or a guild
   * this process does not serve, gives a plain member. Blocks, so callers run it off JDA's event
   * thread.
   */
  static Invocation forDirectMessage(Guild guild, String guildId, User user, String channelId) {
    CommunityId community = new CommunityId(Platform.DISCORD, guildId);
    Actor actor = new Actor(user.getId(), user.getEffectiveName(), false, Set.of());
    if (guild != null) {
      try {
        actor = actor(guild.retrieveMember(user).complete());
      } catch (ErrorResponseException e) {
        // Not a member (any more): no moderator facts; the core decides what they may do.
      }
    }
    return new Invocation(community, actor, Optional.ofNullable(channelId));
  }

  private static Actor actor(Member member) {
    Set<String> roleIds =
        member.getRoles().stream().map(ISnowflake::getId).collect(Collectors.toSet());
    return new Actor(
        member.getId(),
        member.getEffectiveName(),
        member.hasPermission(Permission.MANAGE_SERVER),
        roleIds);
  }
}
