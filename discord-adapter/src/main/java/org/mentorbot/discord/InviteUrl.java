package org.mentorbot.discord;

import java.util.EnumSet;
import java.util.Set;
import net.dv8tion.jda.api.Permission;

/** The OAuth2 link a server admin opens to add the bot, with exactly the access it uses. */
final class InviteUrl {

  /**
   * Posting replies, announcements and alerts with embeds, buttons and the stats chart; opening
   * private intro threads and writing in them. Nothing else: no moderation, no message reading.
   */
  static final Set<Permission> PERMISSIONS =
      EnumSet.of(
          Permission.VIEW_CHANNEL,
          Permission.MESSAGE_SEND,
          Permission.MESSAGE_SEND_IN_THREADS,
          Permission.CREATE_PRIVATE_THREADS,
          Permission.MESSAGE_EMBED_LINKS,
          Permission.MESSAGE_ATTACH_FILES);

  static final String SCOPES = "bot applications.commands";

  private InviteUrl() {}

  static String forApplication(String applicationId) {
    Snowflakes.require(applicationId, "application id");
    return "https://discord.com/oauth2/authorize?client_id="
        + applicationId
        + "&scope="
        + SCOPES.replace(" ", "%20")
        + "&permissions="
        + Permission.getRaw(PERMISSIONS);
  }
}
