package org.mentorbot.discord;

import java.util.regex.Pattern;

/**
 * The one check for a Discord id (a snowflake: a positive 64-bit number written in decimal). Ids
 * reach the adapter as text from the core, the settings and button custom ids; anything else is
 * never sent to Discord as an id.
 */
final class Snowflakes {
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,20}");

  private Snowflakes() {}

  static boolean isValid(String id) {
    if (id == null || !DIGITS.matcher(id).matches()) {
      return false;
    }
    try {
      return Long.parseUnsignedLong(id) != 0;
    } catch (NumberFormatException tooLarge) {
      return false;
    }
  }

  /** {@code id}, or an exception naming {@code what} when it is not a Discord id. */
  static String require(String id, String what) {
    if (!isValid(id)) {
      throw new IllegalArgumentException(what + " must be a numeric Discord id, was: " + id);
    }
    return id;
  }
}
