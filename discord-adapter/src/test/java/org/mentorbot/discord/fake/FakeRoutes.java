package org.mentorbot.discord.fake;

import static org.mentorbot.discord.fake.FakeDiscord.APP_ID;
import static org.mentorbot.discord.fake.FakeDiscord.GENERAL_ID;
import static org.mentorbot.discord.fake.FakeDiscord.GUILD_ID;

import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/** The fake's default answers to the REST routes JDA uses; anything else is a 404. */
final class FakeRoutes {
  private final FakeDiscord discord;
  private final Map<String, DataArray> commands;

  FakeRoutes(FakeDiscord discord, Map<String, DataArray> commands) {
    this.discord = discord;
    this.commands = commands;
  }

  Scripted answer(RecordedRequest r) {
    String p = r.path();
    String m = r.method();
    List<String> broken = discord.violations(r);
    if (!broken.isEmpty()) {
      return new Scripted(
          m,
          p,
          400,
          Map.of(),
          DiscordJson.error(50035, "Invalid Form Body: " + String.join("; ", broken)).toString());
    }
    if (m.equals("GET") && p.equals("users/@me")) {
      return ok(FakeGuild.bot());
    }
    if (m.equals("GET") && p.startsWith("gateway")) {
      return ok(
          DataObject.empty()
              .put("url", discord.gatewayUrl())
              .put("shards", discord.shards())
              .put(
                  "session_start_limit",
                  DataObject.empty()
                      .put("total", 1000)
                      .put("remaining", 1000)
                      .put("reset_after", 0)
                      .put("max_concurrency", discord.shards())));
    }
    if (p.matches("applications/\\d+(/guilds/\\d+)?/commands")) {
      return commands(r);
    }
    if (m.equals("POST") && p.matches("interactions/\\d+/[^/]+/callback")) {
      return new Scripted(m, p, 204, Map.of(), "");
    }
    if (p.matches("webhooks/\\d+/[^/]+(/messages/@original)?")) {
      return ok(
          DiscordJson.message(discord.nextId(), GENERAL_ID, FakeGuild.bot(), "")
              .put("webhook_id", APP_ID));
    }
    if (m.equals("POST") && p.equals("users/@me/channels")) {
      String recipient = r.json().getString("recipient_id");
      return ok(
          DataObject.empty()
              .put("id", FakeDiscord.dmChannelId(recipient))
              .put("type", 1)
              .put("last_message_id", null)
              .put("recipients", DataArray.empty().add(FakeGuild.user(recipient))));
    }
    if (m.equals("POST") && p.matches("channels/\\d+/messages")) {
      return ok(discord.createMessage(p.split("/", -1)[1], r.json()));
    }
    if (m.equals("POST") && p.matches("channels/\\d+/threads")) {
      String name = r.json().getString("name");
      DataObject thread =
          DiscordJson.thread(discord.nextId(), GUILD_ID, p.split("/", -1)[1], APP_ID, name);
      discord.threadCreated(thread);
      return ok(thread);
    }
    if (m.equals("GET") && p.matches("guilds/" + GUILD_ID + "/members/\\d+")) {
      String user = p.substring(p.lastIndexOf('/') + 1);
      return discord.hasLeft(user) ? unknownMember(m, p) : ok(FakeGuild.member(user));
    }
    if (m.equals("PUT") && p.matches("channels/\\d+/thread-members/\\d+")) {
      String user = p.substring(p.lastIndexOf('/') + 1);
      return discord.hasLeft(user) ? unknownMember(m, p) : new Scripted(m, p, 204, Map.of(), "");
    }
    if (m.equals("GET") && p.matches("guilds/\\d+/threads/active")) {
      return ok(
          DataObject.empty().put("threads", discord.threads()).put("members", DataArray.empty()));
    }
    return new Scripted(m, p, 404, Map.of(), DiscordJson.error(0, "404: Not Found").toString());
  }

  private Scripted commands(RecordedRequest r) {
    String scope = r.path();
    if (r.method().equals("PUT")) {
      DataArray given = DataArray.fromJson(r.body());
      DataArray stored = DataArray.empty();
      for (int i = 0; i < given.length(); i++) {
        DataObject command = given.getObject(i);
        command
            .put("id", discord.nextId())
            .put("application_id", APP_ID)
            .put("version", discord.nextId());
        if (scope.contains("/guilds/")) {
          command.put("guild_id", scope.split("/", -1)[3]);
        }
        stored.add(command);
      }
      commands.put(scope, stored);
      return new Scripted(r.method(), scope, 200, Map.of(), stored.toString());
    }
    return new Scripted(
        r.method(),
        scope,
        200,
        Map.of(),
        commands.getOrDefault(scope, DataArray.empty()).toString());
  }

  /** Discord's answer for a user who is not (any more) a member of the server. */
  private static Scripted unknownMember(String method, String path) {
    return new Scripted(
        method, path, 404, Map.of(), DiscordJson.error(10007, "Unknown Member").toString());
  }

  private static Scripted ok(DataObject body) {
    return new Scripted("", "", 200, Map.of(), body.toString());
  }
}
