package org.mentorbot.discord.fake;

import static org.mentorbot.discord.fake.FakeDiscord.ALICE;
import static org.mentorbot.discord.fake.FakeDiscord.APP_ID;
import static org.mentorbot.discord.fake.FakeDiscord.BOB;
import static org.mentorbot.discord.fake.FakeDiscord.GENERAL_ID;
import static org.mentorbot.discord.fake.FakeDiscord.GUILD_ID;
import static org.mentorbot.discord.fake.FakeDiscord.MATCH_CHANNEL_ID;
import static org.mentorbot.discord.fake.FakeDiscord.MENTOR_ROLE_ID;
import static org.mentorbot.discord.fake.FakeDiscord.MODERATOR;
import static org.mentorbot.discord.fake.FakeDiscord.MOD_ROLE_ID;

import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/** The fake's world: the bot, one guild with two text channels and three roles, its members. */
final class FakeGuild {
  private FakeGuild() {}

  static DataObject bot() {
    return DiscordJson.user(APP_ID, "mentorbot", true);
  }

  static DataObject user(String id) {
    String name =
        id.equals(ALICE)
            ? "alice"
            : id.equals(BOB) ? "bob" : id.equals(MODERATOR) ? "mod" : "u" + id;
    return DiscordJson.user(id, name, false);
  }

  /** READY for {@code shard} of {@code total}, listing the {@code guilds} that shard serves. */
  static DataObject ready(String gatewayUrl, int shard, int total, DataArray guilds) {
    return DataObject.empty()
        .put("v", 10)
        .put("user", bot().put("verified", true).put("mfa_enabled", false))
        .put("guilds", guilds)
        .put("shard", DataArray.empty().add(shard).add(total))
        .put("private_channels", DataArray.empty())
        .put("relationships", DataArray.empty())
        .put("presences", DataArray.empty())
        .put("session_id", "fake-session-" + shard)
        .put("resume_gateway_url", gatewayUrl)
        .put("application", DataObject.empty().put("id", APP_ID).put("flags", 0))
        .put("user_settings", DataObject.empty());
  }

  static DataObject guildCreate() {
    return DataObject.empty()
        .put("id", GUILD_ID)
        .put("name", "Mentor Guild")
        .put("owner_id", MODERATOR)
        .put("afk_timeout", 300)
        .put("verification_level", 0)
        .put("default_message_notifications", 0)
        .put("explicit_content_filter", 0)
        .put("mfa_level", 0)
        .put("premium_tier", 0)
        .put("premium_progress_bar_enabled", false)
        .put("features", DataArray.empty())
        .put("large", false)
        .put("unavailable", false)
        .put("member_count", 4)
        .put(
            "roles",
            DataArray.empty()
                .add(DiscordJson.role(GUILD_ID, "@everyone", DiscordJson.MEMBER_PERMISSIONS, 0))
                .add(DiscordJson.role(MOD_ROLE_ID, "moderators", DiscordJson.MANAGE_SERVER, 2))
                .add(DiscordJson.role(MENTOR_ROLE_ID, "mentors", 0, 1)))
        .put(
            "channels",
            DataArray.empty()
                .add(DiscordJson.textChannel(GENERAL_ID, GUILD_ID, "general", 0))
                .add(DiscordJson.textChannel(MATCH_CHANNEL_ID, GUILD_ID, "matches", 1)))
        .put("threads", DataArray.empty())
        .put("guild_scheduled_events", DataArray.empty())
        .put("emojis", DataArray.empty())
        .put("stickers", DataArray.empty())
        .put("soundboard_sounds", DataArray.empty())
        .put("voice_states", DataArray.empty())
        .put("presences", DataArray.empty())
        .put("stage_instances", DataArray.empty())
        .put(
            "members",
            DataArray.empty()
                .add(DiscordJson.member(bot(), DataArray.empty(), 0).remove("permissions")));
  }

  /** A member as {@code GET guilds/{id}/members/{user}} returns it; the moderator has the role. */
  static DataObject member(String userId) {
    DataArray roles = DataArray.empty();
    if (userId.equals(MODERATOR)) {
      roles.add(MOD_ROLE_ID);
    }
    return DiscordJson.member(user(userId), roles, 0).remove("permissions");
  }
}
