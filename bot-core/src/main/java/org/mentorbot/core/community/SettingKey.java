package org.mentorbot.core.community;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one table of community settings: each key's type, range, default and description. The
 * configuration file (its camelCase {@link #configName()}), the core's {@link CommunitySettings}
 * and {@code /mentor config} (its {@link #optionName()}) are all built from it, so a setting is
 * added, or its range changed, here and nowhere else.
 */
public enum SettingKey {
  ANNOUNCE_CHANNEL(Type.CHANNEL, 0, 0, "", "Where rounds and office hours are announced"),
  MOD_CHANNEL(Type.CHANNEL, 0, 0, "", "Where moderators get alerts"),
  MATCH_CHANNEL(Type.CHANNEL, 0, 0, "", "Where intro threads are opened (Discord)"),
  MODERATOR_ROLE(Type.ROLE, 0, 0, "", "Role or user group whose members moderate"),
  CADENCE_DAYS(Type.INTEGER, 3, 60, "14", "Days between check-ins with a matched pair"),
  REPEAT_WINDOW(Type.INTEGER, 0, 24, "3", "Rounds before the same pair may be matched again"),
  MAX_TZ_HOURS(Type.INTEGER, 0, 12, "6", "Largest timezone difference within a pair, in hours"),
  MIN_YEARS_AHEAD(Type.INTEGER, 0, 20, "1", "Years of experience a mentor must be ahead"),
  DAY_START(Type.TIME, 0, 0, "09:00", "Nudges are sent after this local time of the recipient"),
  DAY_END(Type.TIME, 0, 0, "20:00", "Nudges are sent before this local time of the recipient"),
  QUEUE_LIMIT(Type.INTEGER, 1, 10, "2", "Open office-hours queue entries one member may hold"),
  ASK_LIMIT(Type.INTEGER, 1, 10, "3", "Open asks one member may hold"),
  ASK_EXPIRY_HOURS(Type.INTEGER, 1, 720, "72", "Hours an unanswered ask stays open"),
  NO_SHOW_MINUTES(Type.INTEGER, 1, 60, "5", "Minutes a called member has to answer"),
  REMINDER_DAYS(
      Type.INTEGER, 1, 14, "2", "Days before a deadline (sign-up closing, a check-in) to remind"),
  SHORT_WEEKS(Type.INTEGER, 1, 26, "8", "Weeks a short mentorship runs at most"),
  LONG_MONTHS(Type.INTEGER, 1, 24, "6", "Months a long mentorship runs"),
  AUTO_PUBLISH(
      Type.SWITCH, 0, 0, "on", "Scheduled rounds publish by themselves when sign-up closes");

  /** What kind of value a setting holds; channels and roles are empty when unset. */
  public enum Type {
    CHANNEL,
    ROLE,
    INTEGER,
    TIME,
    SWITCH
  }

  private static final Pattern HH_MM = Pattern.compile("([01]?[0-9]|2[0-3]):([0-5][0-9])");

  private final Type type;
  private final int min;
  private final int max;
  private final String defaultText;
  private final String description;

  SettingKey(Type type, int min, int max, String defaultText, String description) {
    this.type = type;
    this.min = min;
    this.max = max;
    this.defaultText = defaultText;
    this.description = description;
  }

  public Type type() {
    return type;
  }

  /** Smallest allowed value of an {@link Type#INTEGER} setting. */
  public int min() {
    return min;
  }

  /** Largest allowed value of an {@link Type#INTEGER} setting. */
  public int max() {
    return max;
  }

  /** The default, as stored text ({@code ""} for an unset channel or role). */
  public String defaultText() {
    return defaultText;
  }

  /** One line for help, the config docs and Discord's option description (at most 100 chars). */
  public String description() {
    return description;
  }

  /** The {@code /mentor config} option name, e.g. {@code cadence-days}. */
  public String optionName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The key under {@code community.} in the configuration file, e.g. {@code cadenceDays}; empty for
   * channels and roles, which are configured per platform.
   */
  public Optional<String> configName() {
    if (type == Type.CHANNEL || type == Type.ROLE) {
      return Optional.empty();
    }
    String[] words = name().toLowerCase(Locale.ROOT).split("_", -1);
    StringBuilder out = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return Optional.of(out.toString());
  }

  public static Optional<SettingKey> byOption(String option) {
    for (SettingKey key : values()) {
      if (key.optionName().equals(option)) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  /**
   * The stored text form of {@code text}, or an {@link InvalidSetting} saying what is allowed (for
   * example {@code must be 3..60, was 0}).
   */
  public String normalise(String text) {
    String value = text.strip();
    switch (type) {
      case INTEGER -> {
        int n;
        try {
          n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
          throw new InvalidSetting(this, "must be a whole number, was " + show(value));
        }
        if (n < min || n > max) {
          throw new InvalidSetting(this, "must be " + min + ".." + max + ", was " + n);
        }
        return Integer.toString(n);
      }
      case TIME -> {
        Matcher m = HH_MM.matcher(value);
        if (!m.matches()) {
          throw new InvalidSetting(
              this, "must be a time of day as HH:MM (24-hour clock), was " + show(value));
        }
        return String.format(Locale.ROOT, "%02d:%s", Integer.parseInt(m.group(1)), m.group(2));
      }
      case SWITCH -> {
        return switch (value.toLowerCase(Locale.ROOT)) {
          case "on", "true", "yes" -> "on";
          case "off", "false", "no" -> "off";
          default -> throw new InvalidSetting(this, "must be on or off, was " + show(value));
        };
      }
      default -> {
        return value;
      }
    }
  }

  /** {@code settings} with this key set to {@code value}; checks it and the cross-key rules. */
  public CommunitySettings apply(CommunitySettings settings, String value) {
    return settings.with(this, value);
  }

  private static String show(String value) {
    return value.isEmpty() ? "nothing" : "'" + value + "'";
  }

  /** A value outside its setting's type or range, or a broken rule between two settings. */
  public static final class InvalidSetting extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient SettingKey key;

    public InvalidSetting(SettingKey key, String problem) {
      super(problem);
      this.key = key;
    }

    public SettingKey key() {
      return key;
    }
  }
}
