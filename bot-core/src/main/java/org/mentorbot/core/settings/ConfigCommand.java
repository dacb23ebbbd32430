package org.mentorbot.core.settings;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.community.SettingKey;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.messaging.ChannelCheck;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.text.SafeText;
import org.mentorbot.core.text.Topics;

/** {@code /mentor config [key:value]...}: shows the settings, or changes them all-or-nothing. */
final class ConfigCommand implements CommandHandler {

  static final String NO_MOD_CHANNEL =
      "\nWarning: no mod-channel is set. Confidential alerts (check-in notes, need-help and end"
          + " alerts, flagged feedback) go to each moderator by direct message until you set one"
          + " with `/mentor config mod-channel:#channel`; they never go to the announce channel.";

  private final CoreContext context;

  ConfigCommand(CoreContext context) {
    this.context = context;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("mentor", "config");
  }

  @Override
  public Reply handle(CommandRequest request) {
    CommunityId community = request.community();
    return context
        .db()
        .write(
            tx -> {
              Map<String, Object> values = new TreeMap<>(request.options().values());
              if (values.isEmpty()) {
                return Reply.privately(render(context.settings().load(tx, community)));
              }
              CommunitySettings.Builder changed =
                  context.settings().load(tx, community).toBuilder();
              Map<SettingKey, String> saved = new EnumMap<>(SettingKey.class);
              for (Map.Entry<String, Object> e : values.entrySet()) {
                if (e.getKey().equals("alias")) {
                  alias(tx, community, e.getValue().toString());
                  continue;
                }
                SettingKey key = SettingKey.byOption(e.getKey()).orElseThrow();
                String value = usableChannel(community, key, e.getValue().toString());
                saved.put(key, value);
                changed.set(key, value);
              }
              try {
                changed.build(); // all changes checked together, against the other settings
              } catch (SettingKey.InvalidSetting invalid) {
                throw new ProblemException(
                    "`" + invalid.key().optionName() + ":` " + invalid.getMessage() + ".",
                    "Nothing was changed. `/mentor config` shows the current settings.");
              }
              CommunitySettings now = changed.build();
              StringBuilder said = new StringBuilder();
              saved.forEach(
                  (key, value) -> {
                    context.settings().put(tx, community, key, now.text(key));
                    said.append(said.isEmpty() ? "" : ", ")
                        .append(key.optionName())
                        .append(' ')
                        .append(shown(now, key));
                  });
              if (values.containsKey("alias")) {
                said.append(said.isEmpty() ? "" : ", ")
                    .append("alias ")
                    .append(values.get("alias"));
              }
              return Reply.privately(
                  "Saved: "
                      + said
                      + ". `/mentor config` shows every setting."
                      + (now.modChannel().isEmpty() ? NO_MOD_CHANNEL : ""));
            });
  }

  /**
   * A channel setting as the platform's channel id (a name resolved), or a problem when the
   * platform cannot post there; other settings as given.
   */
  private String usableChannel(CommunityId community, SettingKey key, String value) {
    if (key != SettingKey.ANNOUNCE_CHANNEL
        && key != SettingKey.MOD_CHANNEL
        && key != SettingKey.MATCH_CHANNEL) {
      return value;
    }
    ChannelCheck check = context.channels().check(community, value);
    if (check instanceof ChannelCheck.Unusable unusable) {
      throw new ProblemException(
          "`" + key.optionName() + ":` " + unusable.problem(),
          "Nothing was changed; pick a channel the bot can post in.");
    }
    return check instanceof ChannelCheck.Usable usable ? usable.channelId() : value;
  }

  private void alias(org.jdbi.v3.core.Handle tx, CommunityId community, String text) {
    String[] parts = text.split("=", 2);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new ProblemException(
          "`alias:` must look like alias=topic.", "For example alias:js=javascript");
    }
    String alias = Topics.normalise(parts[0], Map.of());
    String topic = Topics.normalise(parts[1], Map.of());
    if (!TOPIC.matcher(alias).matches()
        || !TOPIC.matcher(topic).matches()
        || SafeText.hasMassMention(text)
        || alias.equals(topic)) {
      throw new ProblemException(
          "`alias:` needs two different topics of up to 40 characters, written like topics"
              + " (letters, digits and + # . - / only).",
          "For example alias:js=javascript");
    }
    // One hop only: an alias may not point at another alias, nor be the target of one, so
    // alias:java=rust then alias:rust=java is refused instead of looping.
    Map<String, String> existing = context.settings().load(tx, community).topicAliases();
    if (existing.containsKey(topic)) {
      throw new ProblemException(
          "`" + topic + "` is itself an alias (of `" + existing.get(topic) + "`).",
          "Point the alias at the topic instead: alias:" + alias + "=" + existing.get(topic));
    }
    java.util.Optional<String> pointing =
        existing.entrySet().stream()
            .filter(e -> e.getValue().equals(alias) && !e.getKey().equals(topic))
            .map(Map.Entry::getKey)
            .sorted()
            .findFirst();
    if (pointing.isPresent()) {
      throw new ProblemException(
          "`" + alias + "` is already the topic that `" + pointing.get() + "` stands for.",
          "An alias may not point at another alias; pick a different name.");
    }
    context.settings().putAlias(tx, community, alias, topic);
  }

  /** What a topic may look like (the same as a list item in any topics option). */
  private static final java.util.regex.Pattern TOPIC =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N}+#._/&-]{1,40}");

  private static Message render(CommunitySettings s) {
    Message.Builder m =
        Message.builder(
                "Change one with `/mentor config <setting>:<value>`."
                    + (s.modChannel().isEmpty() ? NO_MOD_CHANNEL : ""))
            .title("Community settings");
    for (SettingKey key : SettingKey.values()) {
      m.field(key.optionName(), shown(s, key));
    }
    return m.field("aliases", aliases(s.topicAliases())).build();
  }

  /** A setting's value as moderators read it. */
  private static String shown(CommunitySettings s, SettingKey key) {
    String text = s.text(key);
    return switch (key.type()) {
      case CHANNEL -> text.isEmpty() ? "not set" : "<#" + text + ">";
      case ROLE -> text.isEmpty() ? "not set (admins only)" : text;
      default -> text;
    };
  }

  private static String aliases(Map<String, String> aliases) {
    StringBuilder out = new StringBuilder();
    new TreeMap<>(aliases)
        .forEach((a, t) -> out.append(out.isEmpty() ? "" : ", ").append(a).append("→").append(t));
    return out.isEmpty() ? "none" : out.toString();
  }
}
