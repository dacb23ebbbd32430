package org.mentorbot.core.command;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorbot.core.text.SafeText;
import org.mentorbot.core.text.TimeZones;

/** Converts one option's text to its typed value, with a specific message when it cannot. */
final class OptionParser {

  private static final Pattern USER =
      Pattern.compile("<@!?([A-Za-z0-9]{1,64})(?:\\|[^>]*)?>|@([A-Za-z0-9._-]{1,64})");
  private static final Pattern CHANNEL =
      Pattern.compile("<#([A-Za-z0-9]{1,64})(?:\\|[^>]*)?>|#([A-Za-z0-9._-]{1,80})");
  private static final Pattern ROLE =
      Pattern.compile(
          "<@&([0-9]{1,32})>|<!subteam\\^([A-Za-z0-9]{1,64})(?:\\|[^>]*)?>|@?([A-Za-z0-9._-]{1,64})");
  private static final Pattern LIST_ITEM = Pattern.compile("[\\p{L}\\p{N} +#._/&-]{1,40}");
  private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");

  private OptionParser() {}

  static Object parse(CommandSpec spec, OptionSpec option, String text) {
    String name = "`" + option.name() + ":`";
    return switch (option.type()) {
      case TEXT -> text(option, text);
      case INTEGER -> integer(option, name, text.strip());
      case LIST -> list(option, name, text);
      case USER -> user(name, text.strip());
      case ZONE ->
          TimeZones.parse(text)
              .orElseThrow(
                  () ->
                      new ProblemException(
                          name + " `" + clip(text) + "` is not a timezone I know.",
                          "Use an IANA zone like Europe/Berlin or America/New_York, or an"
                              + " offset like UTC+05:30."));
      case DATE -> date(name, text.strip());
      case TIME -> time(name, text.strip());
      case CHOICE -> choice(option, name, text.strip());
      case CHANNEL -> pick(CHANNEL, name, text.strip(), "a channel, like #general");
      case ROLE -> pick(ROLE, name, text.strip(), "a role or user group, like @mentors");
    };
  }

  private static String text(OptionSpec option, String text) {
    String value = text.strip();
    String name = "`" + option.name() + ":`";
    if (value.isEmpty()) {
      throw new ProblemException(
          name + " is empty.", "Write some text, e.g. " + option.name() + ":\"...\"");
    }
    if (value.length() > option.max()) {
      throw new ProblemException(
          name + " is " + value.length() + " characters long; the limit is " + option.max() + ".",
          "Shorten it and try again.");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((Character.isISOControl(c) && c != '\n' && c != '\t') || TextGrammar.isBidiControl(c)) {
        throw new ProblemException(
            String.format("%s contains a control character (U+%04X).", name, (int) c),
            "Use plain text.");
      }
    }
    if (SafeText.hasMassMention(value)) {
      throw new ProblemException(
          name + " mentions @everyone, @here or a role, which would ping many people.",
          "Remove that mention from your " + option.name() + " and try again.");
    }
    return value;
  }

  private static Integer integer(OptionSpec option, String name, String text) {
    int value;
    try {
      value = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new ProblemException(
          name + " must be a whole number, not `" + clip(text) + "`.",
          "Use a number from " + option.min() + " to " + option.max() + ".");
    }
    if (value < option.min() || value > option.max()) {
      throw new ProblemException(
          name + " must be from " + option.min() + " to " + option.max() + ", not " + value + ".",
          "Pick a number in that range.");
    }
    return value;
  }

  private static List<String> list(OptionSpec option, String name, String text) {
    Set<String> items = new LinkedHashSet<>();
    for (String part : text.split(",", -1)) {
      String item = part.strip();
      if (item.isEmpty()) {
        continue;
      }
      if (!LIST_ITEM.matcher(item).matches()) {
        throw new ProblemException(
            name + " has `" + clip(item) + "`, which is not a plain word or short phrase.",
            "Use letters, digits and + # . - / only, up to 40 characters each, comma-separated.");
      }
      items.add(item);
    }
    if (items.isEmpty()) {
      throw new ProblemException(name + " is empty.", "List at least one, comma-separated.");
    }
    if (items.size() > option.max()) {
      throw new ProblemException(
          name + " has " + items.size() + " entries; at most " + option.max() + " are allowed.",
          "Keep the ones that matter most.");
    }
    return new ArrayList<>(items);
  }

  private static UserRef user(String name, String text) {
    Matcher m = USER.matcher(text);
    if (!m.matches()) {
      throw new ProblemException(
          name + " `" + clip(text) + "` is not a member.",
          "Name a member as @name or mention them.");
    }
    String id = m.group(1) != null ? m.group(1) : m.group(2);
    if (SafeText.isMassMentionName(id)) {
      throw new ProblemException(
          name + " must be one member, not a mention of many.", "Name a member as @name.");
    }
    return new UserRef(id);
  }

  private static LocalDate date(String name, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new ProblemException(
          name + " `" + clip(text) + "` is not a date.",
          "Write it as YYYY-MM-DD, e.g. 2026-12-24.");
    }
  }

  private static LocalTime time(String name, String text) {
    Matcher m = TIME.matcher(text);
    if (m.matches()) {
      int h = Integer.parseInt(m.group(1));
      int min = Integer.parseInt(m.group(2));
      if (h < 24 && min < 60) {
        return LocalTime.of(h, min);
      }
    }
    throw new ProblemException(
        name + " `" + clip(text) + "` is not a time of day.", "Write it as HH:MM, e.g. 18:30.");
  }

  private static String choice(OptionSpec option, String name, String text) {
    String value = text.toLowerCase(Locale.ROOT);
    if (!option.choices().contains(value)) {
      throw new ProblemException(
          name
              + " must be one of "
              + String.join(", ", option.choices())
              + ", not `"
              + clip(text)
              + "`.",
          "Pick one of those.");
    }
    return value;
  }

  private static String pick(Pattern pattern, String name, String text, String expected) {
    Matcher m = pattern.matcher(text);
    if (!m.matches()) {
      throw new ProblemException(
          name + " `" + clip(text) + "` is not " + expected + ".", "Mention it directly.");
    }
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    throw new IllegalStateException("pattern without a captured id");
  }

  private static String clip(String text) {
    return SafeText.of(SafeText.clip(text, 40));
  }
}
