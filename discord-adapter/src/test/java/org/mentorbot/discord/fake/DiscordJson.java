package org.mentorbot.discord.fake;

import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/** Payloads shaped like Discord's, as strict as JDA 6.5 needs them. */
final class DiscordJson {
  static final String TIMESTAMP = "2026-01-01T00:00:00.000000+00:00";

  /** View, send, embed, attach, history, app commands, private threads, send in threads. */
  static final long MEMBER_PERMISSIONS =
      (1L << 10)
          | (1L << 11)
          | (1L << 14)
          | (1L << 15)
          | (1L << 16)
          | (1L << 31)
          | (1L << 36)
          | (1L << 38);

  static final long MANAGE_SERVER = 1L << 5;

  private DiscordJson() {}

  static DataObject user(String id, String name, boolean bot) {
    return DataObject.empty()
        .put("id", id)
        .put("username", name)
        .put("global_name", name)
        .put("discriminator", "0")
        .put("avatar", null)
        .put("bot", bot)
        .put("flags", 0)
        .put("public_flags", 0);
  }

  static DataObject role(String id, String name, long permissions, int position) {
    return DataObject.empty()
        .put("id", id)
        .put("name", name)
        .put("permissions", Long.toString(permissions))
        .put("position", position)
        .put("color", 0)
        .put("colors", DataObject.empty().put("primary_color", 0))
        .put("hoist", false)
        .put("managed", false)
        .put("mentionable", false)
        .put("flags", 0);
  }

  static DataObject textChannel(String id, String guildId, String name, int position) {
    return DataObject.empty()
        .put("id", id)
        .put("type", 0)
        .put("guild_id", guildId)
        .put("name", name)
        .put("position", position)
        .put("permission_overwrites", DataArray.empty())
        .put("nsfw", false)
        .put("parent_id", null)
        .put("topic", null)
        .put("last_message_id", null)
        .put("rate_limit_per_user", 0)
        .put("flags", 0);
  }

  static DataObject member(DataObject user, DataArray roles, long permissions) {
    return DataObject.empty()
        .put("user", user)
        .put("roles", roles)
        .put("nick", null)
        .put("avatar", null)
        .put("joined_at", TIMESTAMP)
        .put("premium_since", null)
        .put("deaf", false)
        .put("mute", false)
        .put("pending", false)
        .put("flags", 0)
        .put("permissions", Long.toString(permissions));
  }

  static DataObject message(String id, String channelId, DataObject author, String content) {
    return DataObject.empty()
        .put("id", id)
        .put("channel_id", channelId)
        .put("author", author)
        .put("content", content)
        .put("timestamp", TIMESTAMP)
        .put("edited_timestamp", null)
        .put("tts", false)
        .put("mention_everyone", false)
        .put("mentions", DataArray.empty())
        .put("mention_roles", DataArray.empty())
        .put("attachments", DataArray.empty())
        .put("embeds", DataArray.empty())
        .put("components", DataArray.empty())
        .put("pinned", false)
        .put("type", 0)
        .put("flags", 0);
  }

  static DataObject thread(
      String id, String guildId, String parentId, String ownerId, String name) {
    return DataObject.empty()
        .put("id", id)
        .put("type", 12)
        .put("guild_id", guildId)
        .put("parent_id", parentId)
        .put("owner_id", ownerId)
        .put("name", name)
        .put("flags", 0)
        .put("member_count", 1)
        .put("message_count", 0)
        .put("total_message_count", 0)
        .put("rate_limit_per_user", 0)
        .put("last_message_id", null)
        .put(
            "thread_metadata",
            DataObject.empty()
                .put("archived", false)
                .put("locked", false)
                .put("invitable", false)
                .put("auto_archive_duration", 1440)
                .put("archive_timestamp", TIMESTAMP)
                .put("create_timestamp", TIMESTAMP));
  }

  static DataObject error(int code, String message) {
    return DataObject.empty().put("code", code).put("message", message);
  }
}
