package org.mentorbot.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The validator: collects problems instead of stopping at the first, so one run of mentorbot
 * reports everything that is wrong. Records use it in their compact constructors and end with
 * {@link #throwIfAny()}; the loader gathers what each record throws.
 */
final class Problems {
  private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{1,20}");
  private static final int SHOWN_VALUE_LIMIT = 60;

  private final List<ConfigProblem> found = new ArrayList<>();

  void add(String key, String message) {
    found.add(new ConfigProblem(key, message));
  }

  void addAll(Collection<ConfigProblem> problems) {
    found.addAll(problems);
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  List<ConfigProblem> list() {
    return List.copyOf(found);
  }

  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ConfigException(found);
    }
  }

  void range(String key, int value, int min, int max) {
    if (value < min || value > max) {
      add(key, "must be " + min + ".." + max + ", was " + value);
    }
  }

  /** A Discord id: digits that fit the 64-bit number Discord uses. */
  void snowflake(String key, String value) {
    boolean ok = SNOWFLAKE.matcher(value).matches();
    if (ok) {
      try {
        ok = Long.parseLong(value) > 0;
      } catch (NumberFormatException tooLarge) {
        ok = false;
      }
    }
    if (!ok) {
      add(key, "must be a Discord id (digits only, e.g. 123456789012345678), was " + show(value));
    }
  }

  /** An absolute URL with one of the given schemes and a host. */
  void url(String key, URI url, String... schemes) {
    String scheme = url.getScheme();
    boolean schemeOk = scheme != null && Set.of(schemes).contains(scheme.toLowerCase(Locale.ROOT));
    if (!schemeOk || url.getHost() == null) {
      add(
          key,
          "must be an absolute "
              + String.join(" or ", schemes)
              + " URL like "
              + schemes[schemes.length - 1]
              + "://host/path, was "
              + show(url.toString()));
    }
  }

  /** A channel, group or user name: one word, no spaces, not too long. */
  void name(String key, String value, int maxLength, String example) {
    if (value.isBlank()
        || value.length() > maxLength
        || value.chars().anyMatch(Character::isWhitespace)) {
      add(
          key,
          "must be one word of at most "
              + maxLength
              + " characters like "
              + example
              + ", was "
              + show(value));
    } else if (value.startsWith("#") || value.startsWith("@")) {
      add(key, "write the name without its leading " + value.charAt(0) + ", was " + show(value));
    }
  }

  void noDuplicates(String key, List<String> values) {
    Set<String> seen = new HashSet<>();
    for (String value : values) {
      if (!seen.add(value)) {
        add(key, "lists " + show(value) + " twice");
      }
    }
  }

  /** A setting's value, quoted and shortened, for messages. Never call this with a secret. */
  static String show(String value) {
    String shown =
        value.length() > SHOWN_VALUE_LIMIT ? value.substring(0, SHOWN_VALUE_LIMIT) + "..." : value;
    return "'" + shown + "'";
  }
}
