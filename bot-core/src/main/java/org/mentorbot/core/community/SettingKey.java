package org.mentorbot.core.community;

import java.util.Locale;
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
  NO_SHOW_MINUTES,
  SHORT_WEEKS,
  LONG_MONTHS;

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
  public CommunitySettings apply(CommunitySettings settings, String value) {
    return settings.toBuilder().set(this, value).build();
  }
}
