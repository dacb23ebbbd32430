package org.mentorbot.core.community;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The settings moderators may change, by their {@code /mentor config} option name. */
public enum SettingKey {
  ANNOUNCE_CHANNEL,
  MOD_CHANNEL,
  MATCH_CHANNEL,
  MODERATOR_ROLE,
  CADENCE_DAYS,
  REPEAT_WINDOW,
  MAX_TZ_HOURS,
  MIN_YEARS_AHEAD,
  DAY_START,
  DAY_END,
  QUEUE_LIMIT,
  ASK_LIMIT,
  NO_SHOW_MINUTES;

  /** The option name, e.g. {@code cadence-days}. */
  public String optionName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<SettingKey> byOption(String option) {
    for (SettingKey key : values()) {
      if (key.optionName().equals(option)) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  /** {@code settings} with this key set to its stored text form. */
  public CommunitySettings apply(CommunitySettings s, String value) {
    Map<String, Object> v = new HashMap<>();
    return switch (this) {
      case ANNOUNCE_CHANNEL ->
          copy(s, Optional.of(value), s.modChannel(), s.matchChannel(), s.moderatorRole(), v);
      case MOD_CHANNEL ->
          copy(s, s.announceChannel(), Optional.of(value), s.matchChannel(), s.moderatorRole(), v);
      case MATCH_CHANNEL ->
          copy(s, s.announceChannel(), s.modChannel(), Optional.of(value), s.moderatorRole(), v);
      case MODERATOR_ROLE ->
          copy(s, s.announceChannel(), s.modChannel(), s.matchChannel(), Optional.of(value), v);
      default -> {
        v.put(optionName(), value);
        yield copy(s, s.announceChannel(), s.modChannel(), s.matchChannel(), s.moderatorRole(), v);
      }
    };
  }

  private static CommunitySettings copy(
      CommunitySettings s,
      Optional<String> announce,
      Optional<String> mod,
      Optional<String> match,
      Optional<String> role,
      Map<String, Object> changed) {
    return new CommunitySettings(
        announce,
        mod,
        match,
        role,
        intOr(changed, "cadence-days", s.cadenceDays()),
        intOr(changed, "repeat-window", s.repeatWindow()),
        intOr(changed, "max-tz-hours", s.maxTzHours()),
        intOr(changed, "min-years-ahead", s.minYearsAhead()),
        timeOr(changed, "day-start", s.dayStart()),
        timeOr(changed, "day-end", s.dayEnd()),
        intOr(changed, "queue-limit", s.queueLimit()),
        intOr(changed, "ask-limit", s.askLimit()),
        intOr(changed, "no-show-minutes", s.noShowMinutes()),
        s.askExpiryHours(),
        s.reminderDays(),
        s.roundLengthDays(),
        s.topicAliases());
  }

  private static int intOr(Map<String, Object> changed, String key, int current) {
    Object value = changed.get(key);
    return value == null ? current : Integer.parseInt(value.toString());
  }

  private static LocalTime timeOr(Map<String, Object> changed, String key, LocalTime current) {
    Object value = changed.get(key);
    return value == null ? current : LocalTime.parse(value.toString());
  }
}
