package org.mentorbot.discord.fake;

import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Builds INTERACTION_CREATE payloads (slash commands, buttons, form submissions, autocomplete) as
 * Discord sends them and injects them through the fake gateway. Each returns the interaction id, to
 * find its callback with {@link FakeDiscord#awaitCallback(String)}.
 */
public final class FakeInteractions {
  /** Discord's option types. */
  public static final int STRING = 3;

  public static final int INTEGER = 4;
  public static final int USER = 6;
  public static final int CHANNEL = 7;
  public static final int ROLE = 8;

  private final FakeDiscord discord;

  FakeInteractions(FakeDiscord discord) {
    this.discord = discord;
  }

  /** One option as a test gives it. */
  public record Option(String name, int type, Object value) {}

  public static Option string(String name, String value) {
    return new Option(name, STRING, value);
  }

  public static Option integer(String name, long value) {
    return new Option(name, INTEGER, value);
  }

  public static Option user(String name, String userId) {
    return new Option(name, USER, userId);
  }

  public static Option channel(String name, String channelId) {
    return new Option(name, CHANNEL, channelId);
  }

  public static Option role(String name, String roleId) {
    return new Option(name, ROLE, roleId);
  }

  public String slash(
      String userId, List<String> roles, String root, String sub, Option... options) {
    DataObject data = commandData(root, sub, options, null);
    return send(base(2, userId, roles).put("data", data));
  }

  public String autocomplete(
      String userId, String root, String sub, String focused, String partial, Option... others) {
    Option[] all = new Option[others.length + 1];
    System.arraycopy(others, 0, all, 0, others.length);
    all[others.length] = string(focused, partial);
    DataObject data = commandData(root, sub, all, focused);
    return send(base(4, userId, List.of()).put("data", data));
  }

  public String button(String userId, String customId) {
    return button(userId, List.of(), customId);
  }

  /**
   * A button in the server pressed by a member with {@code roles} (moderators have Manage Server).
   */
  public String button(String userId, List<String> roles, String customId) {
    DataObject message =
        DiscordJson.message(discord.nextId(), FakeDiscord.GENERAL_ID, FakeGuild.bot(), "");
    return send(
        base(3, userId, roles)
            .put("message", message)
            .put("data", DataObject.empty().put("custom_id", customId).put("component_type", 2)));
  }

  /** A button under a direct message: no guild, no member, a DM channel. */
  public String directMessageButton(String userId, String customId) {
    String id = discord.nextId();
    String channelId = FakeDiscord.dmChannelId(userId);
    DataObject channel =
        DataObject.empty()
            .put("id", channelId)
            .put("type", 1)
            .put("last_message_id", null)
            .put("recipients", DataArray.empty().add(FakeGuild.user(userId)));
    return send(
        DataObject.empty()
            .put("id", id)
            .put("application_id", FakeDiscord.APP_ID)
            .put("type", 3)
            .put("token", "token-" + id)
            .put("version", 1)
            .put("channel_id", channelId)
            .put("channel", channel)
            .put("user", FakeGuild.user(userId))
            .put("message", DiscordJson.message(discord.nextId(), channelId, FakeGuild.bot(), ""))
            .put("data", DataObject.empty().put("custom_id", customId).put("component_type", 2))
            .put("locale", "en-US")
            .put("entitlements", DataArray.empty())
            .put("context", 1)
            .put(
                "authorizing_integration_owners",
                DataObject.empty().put("0", FakeDiscord.GUILD_ID)));
  }

  public String modalSubmit(String userId, String modalId, Map<String, String> values) {
    DataArray components = DataArray.empty();
    int n = 1;
    for (Map.Entry<String, String> value : values.entrySet()) {
      components.add(
          DataObject.empty()
              .put("type", 18)
              .put("id", n++)
              .put(
                  "component",
                  DataObject.empty()
                      .put("type", 4)
                      .put("id", n++)
                      .put("custom_id", value.getKey())
                      .put("value", value.getValue())));
    }
    return send(
        base(5, userId, List.of())
            .put(
                "data",
                DataObject.empty().put("custom_id", modalId).put("components", components)));
  }

  private String send(DataObject interaction) {
    discord.dispatch("INTERACTION_CREATE", interaction);
    return interaction.getString("id");
  }

  private DataObject commandData(String root, String sub, Option[] options, String focused) {
    DataArray given = DataArray.empty();
    DataObject users = DataObject.empty();
    DataObject members = DataObject.empty();
    for (Option o : options) {
      DataObject option =
          DataObject.empty().put("name", o.name()).put("type", o.type()).put("value", o.value());
      if (o.name().equals(focused)) {
        option.put("focused", true);
      }
      if (o.type() == USER) {
        String id = o.value().toString();
        users.put(id, FakeGuild.user(id));
        members.put(
            id, DiscordJson.member(FakeGuild.user(id), DataArray.empty(), 0).remove("user"));
      }
      given.add(option);
    }
    DataObject subcommand =
        DataObject.empty().put("name", sub).put("type", 1).put("options", given);
    return DataObject.empty()
        .put("id", "600000000000000001")
        .put("name", root)
        .put("type", 1)
        .put("guild_id", FakeDiscord.GUILD_ID)
        .put("options", DataArray.empty().add(subcommand))
        .put("resolved", DataObject.empty().put("users", users).put("members", members));
  }

  private DataObject base(int type, String userId, List<String> roles) {
    String id = discord.nextId();
    long permissions = DiscordJson.MEMBER_PERMISSIONS;
    if (roles.contains(FakeDiscord.MOD_ROLE_ID)) {
      permissions |= DiscordJson.MANAGE_SERVER;
    }
    return DataObject.empty()
        .put("id", id)
        .put("application_id", FakeDiscord.APP_ID)
        .put("type", type)
        .put("token", "token-" + id)
        .put("version", 1)
        .put("guild_id", FakeDiscord.GUILD_ID)
        .put(
            "guild",
            DataObject.empty()
                .put("id", FakeDiscord.GUILD_ID)
                .put("locale", "en-US")
                .put("features", DataArray.empty()))
        .put("channel_id", FakeDiscord.GENERAL_ID)
        .put(
            "channel",
            DiscordJson.textChannel(FakeDiscord.GENERAL_ID, FakeDiscord.GUILD_ID, "general", 0))
        .put(
            "member",
            DiscordJson.member(
                FakeGuild.user(userId), DataArray.fromCollection(roles), permissions))
        .put("locale", "en-US")
        .put("guild_locale", "en-US")
        .put("app_permissions", Long.toString(DiscordJson.MEMBER_PERMISSIONS))
        .put("entitlements", DataArray.empty())
        .put("context", 0)
        .put("authorizing_integration_owners", DataObject.empty().put("0", FakeDiscord.GUILD_ID));
  }
}
