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
            Map.entry("cpp", "c++"),
            Map.entry("csharp", "c#"),
            Map.entry("node", "nodejs"),
            Map.entry("node.js", "nodejs")));
  }

  /** Where moderator alerts go: the moderators' channel, else the announce channel. */
  public Optional<String> alertChannel() {
    return modChannel.isPresent() ? modChannel : announceChannel;
  }
}
