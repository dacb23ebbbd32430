package org.mentorbot.core.settings;

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
              CommunitySettings settings = context.settings().load(tx, community);
              Map<String, Object> values = request.options().values();
              for (Map.Entry<String, Object> e : new TreeMap<>(values).entrySet()) {
                if (e.getKey().equals("alias")) {
                  alias(tx, community, e.getValue().toString());
                  continue;
                }
                SettingKey key = SettingKey.byOption(e.getKey()).orElseThrow();
                String value = e.getValue().toString();
                try {
                  settings = key.apply(settings, value);
                } catch (IllegalArgumentException invalid) {
                  throw new ProblemException(
                      "`day-start:` must be earlier than `day-end:`.",
                      "Nudges go out between the two, e.g. day-start:09:00 day-end:20:00.");
                }
                context.settings().put(tx, community, key, value);
              }
              CommunitySettings shown = context.settings().load(tx, community);
              String heading =
                  (values.isEmpty() ? "Community settings." : "Settings saved.")
                      + (shown.modChannel().isEmpty() ? NO_MOD_CHANNEL : "");
              return Reply.privately(render(shown, heading));
            });
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

  private static Message render(CommunitySettings s, String heading) {
    return Message.builder(heading)
        .title("Community settings")
        .field("announce-channel", s.announceChannel().map(c -> "<#" + c + ">").orElse("not set"))
        .field("mod-channel", s.modChannel().map(c -> "<#" + c + ">").orElse("not set"))
        .field("match-channel", s.matchChannel().map(c -> "<#" + c + ">").orElse("not set"))
        .field("moderator-role", s.moderatorRole().orElse("not set (admins only)"))
        .field("cadence-days", String.valueOf(s.cadenceDays()))
        .field("repeat-window", s.repeatWindow() + " rounds")
        .field("max-tz-hours", String.valueOf(s.maxTzHours()))
        .field("min-years-ahead", String.valueOf(s.minYearsAhead()))
        .field("day-start / day-end", s.dayStart() + " – " + s.dayEnd())
        .field("queue-limit", String.valueOf(s.queueLimit()))
        .field("ask-limit", String.valueOf(s.askLimit()))
        .field("no-show-minutes", String.valueOf(s.noShowMinutes()))
        .field("aliases", aliases(s.topicAliases()))
        .build();
  }

  private static String aliases(Map<String, String> aliases) {
    StringBuilder out = new StringBuilder();
    new TreeMap<>(aliases)
        .forEach((a, t) -> out.append(out.isEmpty() ? "" : ", ").append(a).append("→").append(t));
    return out.isEmpty() ? "none" : out.toString();
  }
}
