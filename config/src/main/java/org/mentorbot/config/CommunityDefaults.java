package org.mentorbot.config;

import static org.mentorbot.config.Problems.show;

import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mentorbot.core.community.CommunitySettings;

/**
 * The settings a new community starts with; moderators change their own copy with {@code /mentor
 * config}. Ranges match that command's.
 *
 * @param cadenceDays days between check-ins with a matched pair
 * @param repeatWindow rounds before the same pair may be matched again
 * @param maxTzHours largest timezone difference within a pair, in hours
 * @param minYearsAhead how many years of experience a mentor must be ahead of their mentee
 * @param dayStart nudges go out after this local time of the recipient
 * @param dayEnd nudges go out before this local time of the recipient
 * @param queueLimit open office-hours queue entries one member may hold
 * @param askLimit open asks one member may hold
 * @param askExpiryHours hours an unanswered ask stays open
 * @param noShowMinutes minutes a called member has to answer before being skipped
 * @param reminderDays days before a deadline (sign-up closing, a check-in) that a reminder is sent
 * @param shortWeeks weeks a short mentorship runs at most
 * @param longMonths months one term of a long mentorship runs
 * @param topicAliases alias to canonical topic, all lower-case, applied to profile topics
 */
public record CommunityDefaults(
    int cadenceDays,
    int repeatWindow,
    int maxTzHours,
    int minYearsAhead,
    LocalTime dayStart,
    LocalTime dayEnd,
    int queueLimit,
    int askLimit,
    int askExpiryHours,
    int noShowMinutes,
    int reminderDays,
    int shortWeeks,
    int longMonths,
    Map<String, String> topicAliases) {

  public static final Map<String, String> DEFAULT_TOPIC_ALIASES = defaultAliases();
  private static final int MAX_TOPIC_LENGTH = 50;

  public CommunityDefaults {
    Objects.requireNonNull(dayStart, "dayStart");
    Objects.requireNonNull(dayEnd, "dayEnd");
    // Keeps the file's order, for stable output.
    topicAliases =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(topicAliases, "topicAliases")));

    Problems problems = new Problems();
    problems.range("community.cadenceDays", cadenceDays, 3, 60);
    problems.range("community.repeatWindow", repeatWindow, 0, 24);
    problems.range("community.maxTzHours", maxTzHours, 0, 12);
    problems.range("community.minYearsAhead", minYearsAhead, 0, 20);
    if (!dayStart.isBefore(dayEnd)) {
      problems.add("community.dayEnd", "must be after dayStart (" + dayStart + "), was " + dayEnd);
    }
    problems.range("community.queueLimit", queueLimit, 1, 10);
    problems.range("community.askLimit", askLimit, 1, 10);
    problems.range("community.askExpiryHours", askExpiryHours, 1, 720);
    problems.range("community.noShowMinutes", noShowMinutes, 1, 60);
    problems.range("community.shortWeeks", shortWeeks, 1, 26);
    problems.range("community.longMonths", longMonths, 1, 24);
    problems.range("community.reminderDays", reminderDays, 1, 14);
    if (reminderDays >= shortWeeks * 7) {
      problems.add(
          "community.reminderDays",
          "must be less than shortWeeks in days (" + shortWeeks * 7 + "), was " + reminderDays);
    }
    for (Map.Entry<String, String> alias : topicAliases.entrySet()) {
      checkAlias(problems, topicAliases, alias.getKey(), alias.getValue());
    }
    problems.throwIfAny();
  }

  /** The core's defaults (DESIGN's values), so the two can never disagree. */
  public static CommunityDefaults defaults() {
    CommunitySettings core = CommunitySettings.defaults();
    return new CommunityDefaults(
        core.cadenceDays(),
        core.repeatWindow(),
        core.maxTzHours(),
        core.minYearsAhead(),
        core.dayStart(),
        core.dayEnd(),
        core.queueLimit(),
        core.askLimit(),
        core.askExpiryHours(),
        core.noShowMinutes(),
        core.reminderDays(),
        core.shortWeeks(),
        core.longMonths(),
        DEFAULT_TOPIC_ALIASES);
  }

  /**
   * The core's settings for a new community: these values plus the given channel and moderator
   * defaults (which are per platform; see {@link MentorbotConfig#communitySettings}).
   */
  public CommunitySettings toSettings(
      Optional<String> announceChannel,
      Optional<String> matchChannel,
      Optional<String> moderatorRole) {
    return new CommunitySettings(
        announceChannel,
        Optional.empty(),
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
        shortWeeks,
        longMonths,
        topicAliases);
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
        new java.util.TreeMap<>(CommunitySettings.defaults().topicAliases()));
  }
}
