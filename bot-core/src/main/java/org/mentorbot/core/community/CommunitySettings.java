package org.mentorbot.core.community;

import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A community's settings: the configured defaults overlaid with what its moderators changed. The
 * keys moderators use ({@code announce-channel}, {@code cadence-days}, ...) are the option names of
 * {@code /mentor config}.
 */
public record CommunitySettings(
    Optional<String> announceChannel,
    Optional<String> modChannel,
    Optional<String> matchChannel,
    Optional<String> moderatorRole,
    int cadenceDays,
    int repeatWindow,
    int maxTzHours,
    int minYearsAhead,
    LocalTime dayStart,
    LocalTime dayEnd,
    int queueLimit,
    int askLimit,
    int noShowMinutes,
    int askExpiryHours,
    int reminderDays,
    int roundLengthDays,
    Map<String, String> topicAliases) {

  public CommunitySettings {
    Objects.requireNonNull(announceChannel);
    Objects.requireNonNull(modChannel);
    Objects.requireNonNull(matchChannel);
    Objects.requireNonNull(moderatorRole);
    Objects.requireNonNull(dayStart);
    Objects.requireNonNull(dayEnd);
    topicAliases = Map.copyOf(topicAliases);
    if (!dayStart.isBefore(dayEnd)) {
      throw new IllegalArgumentException("day-start must be before day-end");
    }
  }

  /** DESIGN's defaults, used when the configuration says nothing else. */
  public static CommunitySettings defaults() {
    return new CommunitySettings(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        14,
        3,
        6,
        1,
        LocalTime.of(9, 0),
        LocalTime.of(20, 0),
        2,
        3,
        5,
        72,
        2,
        30,
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
            Map.entry("node.js", "nodejs")));
  }

  /** A builder starting from these settings, for changing a few of them. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Copies settings with some changed; the record's checks run again on {@link #build()}. */
  public static final class Builder {
    private Optional<String> announceChannel;
    private Optional<String> modChannel;
    private Optional<String> matchChannel;
    private Optional<String> moderatorRole;
    private int cadenceDays;
    private int repeatWindow;
    private int maxTzHours;
    private int minYearsAhead;
    private LocalTime dayStart;
    private LocalTime dayEnd;
    private int queueLimit;
    private int askLimit;
    private int noShowMinutes;
    private final int askExpiryHours;
    private final int reminderDays;
    private final int roundLengthDays;
    private Map<String, String> topicAliases;

    private Builder(CommunitySettings s) {
      announceChannel = s.announceChannel;
      modChannel = s.modChannel;
      matchChannel = s.matchChannel;
      moderatorRole = s.moderatorRole;
      cadenceDays = s.cadenceDays;
      repeatWindow = s.repeatWindow;
      maxTzHours = s.maxTzHours;
      minYearsAhead = s.minYearsAhead;
      dayStart = s.dayStart;
      dayEnd = s.dayEnd;
      queueLimit = s.queueLimit;
      askLimit = s.askLimit;
      noShowMinutes = s.noShowMinutes;
      askExpiryHours = s.askExpiryHours;
      reminderDays = s.reminderDays;
      roundLengthDays = s.roundLengthDays;
      topicAliases = s.topicAliases;
    }

    /** Sets one moderator-editable key from its stored text form. */
    public Builder set(SettingKey key, String value) {
      switch (key) {
        case ANNOUNCE_CHANNEL -> announceChannel = Optional.of(value);
        case MOD_CHANNEL -> modChannel = Optional.of(value);
        case MATCH_CHANNEL -> matchChannel = Optional.of(value);
        case MODERATOR_ROLE -> moderatorRole = Optional.of(value);
        case CADENCE_DAYS -> cadenceDays = Integer.parseInt(value);
        case REPEAT_WINDOW -> repeatWindow = Integer.parseInt(value);
        case MAX_TZ_HOURS -> maxTzHours = Integer.parseInt(value);
        case MIN_YEARS_AHEAD -> minYearsAhead = Integer.parseInt(value);
        case DAY_START -> dayStart = LocalTime.parse(value);
        case DAY_END -> dayEnd = LocalTime.parse(value);
        case QUEUE_LIMIT -> queueLimit = Integer.parseInt(value);
        case ASK_LIMIT -> askLimit = Integer.parseInt(value);
        case NO_SHOW_MINUTES -> noShowMinutes = Integer.parseInt(value);
      }
      return this;
    }

    public Builder topicAliases(Map<String, String> value) {
      topicAliases = value;
      return this;
    }

    public CommunitySettings build() {
      return new CommunitySettings(
          announceChannel,
          modChannel,
          matchChannel,
          moderatorRole,
          cadenceDays,
          repeatWindow,
          maxTzHours,
          minYearsAhead,
          dayStart,
          dayEnd,
          queueLimit,
          askLimit,
          noShowMinutes,
          askExpiryHours,
          reminderDays,
          roundLengthDays,
          topicAliases);
    }
  }

  /**
   * The channel moderator alerts may be posted in: the moderators' channel only, never the announce
   * channel (alerts are confidential). Send alerts with {@code moderation.ConfidentialAlerts},
   * which falls back to each moderator's DMs.
   */
  public Optional<String> alertChannel() {
    return modChannel;
  }
}
