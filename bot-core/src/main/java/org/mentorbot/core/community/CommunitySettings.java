package org.mentorbot.core.community;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A community's settings: the configured defaults overlaid with what its moderators changed. The
 * values are stored text by {@link SettingKey}, the one table of settings; missing keys take the
 * table's default and every value is checked against its type and range, so a setting cannot be out
 * of range here whatever set it. The accessors give typed values.
 */
public record CommunitySettings(Map<SettingKey, String> values, Map<String, String> topicAliases) {

  /** The topic aliases a community starts with unless configured otherwise. */
  public static final Map<String, String> DEFAULT_TOPIC_ALIASES =
      Map.ofEntries(
          Map.entry("js", "javascript"),
          Map.entry("ts", "typescript"),
          Map.entry("py", "python"),
          Map.entry("k8s", "kubernetes"),
          Map.entry("golang", "go"),
          Map.entry("ml", "machine-learning"),
          Map.entry("ai", "artificial-intelligence"),
          Map.entry("react.js", "react"),
          Map.entry("cpp", "c++"),
          Map.entry("csharp", "c#"),
          Map.entry("node", "nodejs"),
          Map.entry("node.js", "nodejs"));

  public CommunitySettings {
    Map<SettingKey, String> all = new EnumMap<>(SettingKey.class);
    for (SettingKey key : SettingKey.values()) {
      String text = Objects.requireNonNull(values, "values").get(key);
      all.put(key, text == null ? key.defaultText() : key.normalise(text));
    }
    values = java.util.Collections.unmodifiableMap(all);
    topicAliases = Map.copyOf(topicAliases);
    if (!time(values, SettingKey.DAY_START).isBefore(time(values, SettingKey.DAY_END))) {
      throw new SettingKey.InvalidSetting(
          SettingKey.DAY_END,
          "must be after day-start ("
              + values.get(SettingKey.DAY_START)
              + "), was "
              + values.get(SettingKey.DAY_END));
    }
    int reminder = Integer.parseInt(values.get(SettingKey.REMINDER_DAYS));
    int shortDays = 7 * Integer.parseInt(values.get(SettingKey.SHORT_WEEKS));
    if (reminder >= shortDays) {
      throw new SettingKey.InvalidSetting(
          SettingKey.REMINDER_DAYS,
          "must be less than short-weeks in days (" + shortDays + "), was " + reminder);
    }
  }

  /** The table's defaults, used when the configuration says nothing else. */
  public static CommunitySettings defaults() {
    return new CommunitySettings(Map.of(), DEFAULT_TOPIC_ALIASES);
  }

  /** These settings with one key changed; throws {@link SettingKey.InvalidSetting} if invalid. */
  public CommunitySettings with(SettingKey key, String value) {
    Map<SettingKey, String> changed = new EnumMap<>(values);
    changed.put(key, value);
    return new CommunitySettings(changed, topicAliases);
  }

  public CommunitySettings withTopicAliases(Map<String, String> aliases) {
    return new CommunitySettings(values, aliases);
  }

  /** A builder starting from these settings, for changing a few of them. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Copies settings with some changed; the checks run again on {@link #build()}. */
  public static final class Builder {
    private final Map<SettingKey, String> values;
    private Map<String, String> topicAliases;

    private Builder(CommunitySettings s) {
      values = new EnumMap<>(s.values);
      topicAliases = s.topicAliases;
    }

    /** Sets one key from its text form. */
    public Builder set(SettingKey key, String value) {
      values.put(key, value);
      return this;
    }

    public Builder topicAliases(Map<String, String> value) {
      topicAliases = value;
      return this;
    }

    public CommunitySettings build() {
      return new CommunitySettings(values, topicAliases);
    }
  }

  /** The stored text of a key. */
  public String text(SettingKey key) {
    return values.get(key);
  }

  public Optional<String> announceChannel() {
    return optional(SettingKey.ANNOUNCE_CHANNEL);
  }

  public Optional<String> modChannel() {
    return optional(SettingKey.MOD_CHANNEL);
  }

  public Optional<String> matchChannel() {
    return optional(SettingKey.MATCH_CHANNEL);
  }

  public Optional<String> moderatorRole() {
    return optional(SettingKey.MODERATOR_ROLE);
  }

  public int cadenceDays() {
    return integer(SettingKey.CADENCE_DAYS);
  }

  public int repeatWindow() {
    return integer(SettingKey.REPEAT_WINDOW);
  }

  public int maxTzHours() {
    return integer(SettingKey.MAX_TZ_HOURS);
  }

  public int minYearsAhead() {
    return integer(SettingKey.MIN_YEARS_AHEAD);
  }

  public LocalTime dayStart() {
    return time(values, SettingKey.DAY_START);
  }

  public LocalTime dayEnd() {
    return time(values, SettingKey.DAY_END);
  }

  public int queueLimit() {
    return integer(SettingKey.QUEUE_LIMIT);
  }

  public int askLimit() {
    return integer(SettingKey.ASK_LIMIT);
  }

  public int askExpiryHours() {
    return integer(SettingKey.ASK_EXPIRY_HOURS);
  }

  public int noShowMinutes() {
    return integer(SettingKey.NO_SHOW_MINUTES);
  }

  public int reminderDays() {
    return integer(SettingKey.REMINDER_DAYS);
  }

  public int shortWeeks() {
    return integer(SettingKey.SHORT_WEEKS);
  }

  public int longMonths() {
    return integer(SettingKey.LONG_MONTHS);
  }

  /** Whether scheduled rounds publish by themselves when sign-up closes. */
  public boolean autoPublish() {
    return values.get(SettingKey.AUTO_PUBLISH).equals("on");
  }

  /**
   * Where operational notices for moderators go (a scheduled job failing, a round opened late): the
   * moderators' channel, else the announce channel. Never for anything confidential (notes,
   * need-help / end alerts, flagged feedback, who could not be reached): those go through {@code
   * moderation.ConfidentialAlerts}, which uses the moderators' channel or each moderator's DMs.
   */
  public Optional<String> alertChannel() {
    return modChannel().isPresent() ? modChannel() : announceChannel();
  }

  private Optional<String> optional(SettingKey key) {
    String text = values.get(key);
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private int integer(SettingKey key) {
    return Integer.parseInt(values.get(key));
  }

  private static LocalTime time(Map<SettingKey, String> values, SettingKey key) {
    return LocalTime.parse(values.get(key));
  }
}
