package org.mentorbot.discord;

import java.util.Optional;

/**
 * Buttons in direct messages (check-in nudges, asks) are pressed outside any server, so Discord
 * does not say which community they belong to. Their custom id therefore carries the guild: {@code
 * dm:<guildId>:<actionId>}; the core's action id is passed on unchanged.
 */
final class DmActions {
  private static final String PREFIX = "dm:";
  private static final int MAX_CUSTOM_ID = 100;

  /** A pressed DM button: the community it came from and the core's action id. */
  record Pressed(String guildId, String actionId) {}

  private DmActions() {}

  /** The custom id for a button sent in a DM; too long to carry the guild, it stays as it is. */
  static String wrap(String guildId, String actionId) {
    String id = PREFIX + guildId + ":" + actionId;
    return id.length() <= MAX_CUSTOM_ID ? id : actionId;
  }

  static Optional<Pressed> unwrap(String customId) {
    if (!customId.startsWith(PREFIX)) {
      return Optional.empty();
    }
    int end = customId.indexOf(':', PREFIX.length());
    if (end < 0) {
      return Optional.empty();
    }
    String guildId = customId.substring(PREFIX.length(), end);
    String actionId = customId.substring(end + 1);
    if (!Snowflakes.isValid(guildId) || actionId.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Pressed(guildId, actionId));
  }
}
