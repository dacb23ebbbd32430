package org.mentorbot.config;

import static org.mentorbot.config.Problems.show;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.community.SettingKey;

/**
 * The settings a new community starts with; moderators change their own copy with {@code /mentor
 * config}. Keys, types, ranges and defaults all come from the core's settings table ({@link
 * SettingKey}): this record only reads them from the file under their camelCase names.
 *
 * @param values every setting of the table that the file may give, as stored text
 * @param topicAliases alias to canonical topic, all lower-case, applied to profile topics
 */
public record CommunityDefaults(Map<SettingKey, String> values, Map<String, String> topicAliases) {

  public static final Map<String, String> DEFAULT_TOPIC_ALIASES = defaultAliases();
  private static final int MAX_TOPIC_LENGTH = 50;

  public CommunityDefaults {
    // Complete (every configurable key, defaults filled in), so equal settings are equal records.
    Map<SettingKey, String> copy = new EnumMap<>(SettingKey.class);
    for (SettingKey key : SettingKey.values()) {
      if (key.configName().isPresent()) {
        copy.put(key, key.defaultText());
      }
    }
    copy.putAll(Objects.requireNonNull(values, "values"));
    values = Collections.unmodifiableMap(copy);
    // Keeps the file's order, for stable output.
    topicAliases =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(topicAliases, "topicAliases")));

    Problems problems = new Problems();
    try {
      new CommunitySettings(values, Map.of());
    } catch (SettingKey.InvalidSetting invalid) {
      problems.add(key(invalid.key()), camelCase(invalid.getMessage()));
    }
    for (Map.Entry<String, String> alias : topicAliases.entrySet()) {
      checkAlias(problems, topicAliases, alias.getKey(), alias.getValue());
    }
    problems.throwIfAny();
  }

  /** The table's defaults. */
  public static CommunityDefaults defaults() {
    return new CommunityDefaults(Map.of(), DEFAULT_TOPIC_ALIASES);
  }

  /** Reads every setting of the table from the {@code community} section. */
  static CommunityDefaults read(YamlSection yaml, Problems problems) {
    Map<SettingKey, String> values = new EnumMap<>(SettingKey.class);
    for (SettingKey setting : SettingKey.values()) {
      setting
          .configName()
          .ifPresent(
              name ->
                  yaml.optionalString(name)
                      .ifPresent(
                          text -> {
                            try {
                              values.put(setting, setting.normalise(text));
                            } catch (SettingKey.InvalidSetting invalid) {
                              problems.add(yaml.key(name), invalid.getMessage());
                            }
                          }));
    }
    return new CommunityDefaults(values, yaml.stringMap("topicAliases", DEFAULT_TOPIC_ALIASES));
  }

  /** One setting's value as stored text: the file's, else the table's default. */
  public String text(SettingKey key) {
    return values.getOrDefault(key, key.defaultText());
  }

  /**
   * The core's settings for a new community: these values plus the given channel and moderator
   * defaults (which are per platform; see {@link MentorbotConfig#communitySettings}).
   */
  public CommunitySettings toSettings(
      Optional<String> announceChannel,
      Optional<String> matchChannel,
      Optional<String> moderatorRole) {
    Map<SettingKey, String> all = new EnumMap<>(values);
    announceChannel.ifPresent(c -> all.put(SettingKey.ANNOUNCE_CHANNEL, c));
    matchChannel.ifPresent(c -> all.put(SettingKey.MATCH_CHANNEL, c));
    moderatorRole.ifPresent(r -> all.put(SettingKey.MODERATOR_ROLE, r));
    return new CommunitySettings(all, topicAliases);
  }

  private static String key(SettingKey setting) {
    return "community." + setting.configName().orElse(setting.optionName());
  }

  /** Cross-key messages name the other key as moderators know it; the file uses camelCase. */
  private static String camelCase(String message) {
    String out = message;
    for (SettingKey setting : SettingKey.values()) {
      if (setting.configName().isPresent()) {
        out = out.replace(setting.optionName(), setting.configName().get());
      }
    }
    return out;
  }

  private static void checkAlias(
      Problems problems, Map<String, String> aliases, String alias, String topic) {
    String key = "community.topicAliases." + alias;
    for (String word : new String[] {alias, topic}) {
      if (word == null || word.isBlank() || word.length() > MAX_TOPIC_LENGTH) {
        problems.add(key, "aliases and topics must be 1.." + MAX_TOPIC_LENGTH + " characters");
        return;
      }
      if (!word.equals(word.toLowerCase(Locale.ROOT))) {
        problems.add(
            key,
            "must be lower-case, was "
                + show(word)
                + "; write "
                + show(word.toLowerCase(Locale.ROOT)));
        return;
      }
    }
    if (alias.equals(topic)) {
      problems.add(key, "maps a topic to itself; remove it");
    } else if (aliases.containsKey(topic)) {
      problems.add(
          key,
          "points to "
              + show(topic)
              + ", which is itself an alias; point it to "
              + show(aliases.get(topic)));
    }
  }

  /** The core's default aliases in a stable order, for output and the example file. */
  private static Map<String, String> defaultAliases() {
    return Collections.unmodifiableMap(
        new java.util.TreeMap<>(CommunitySettings.DEFAULT_TOPIC_ALIASES));
  }
}
