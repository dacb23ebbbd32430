package org.mentorbot.core.matching;

import java.util.Locale;
import org.mentorbot.core.matching.engine.RoundKind;

/** The names members type and the database stores for a {@link RoundKind}. */
public final class Kinds {

  private Kinds() {}

  /** {@code mentorship}, {@code peer-circles} or {@code reverse}. */
  public static String label(RoundKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static RoundKind of(String label) {
    return RoundKind.valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** A phrase for announcements, e.g. "mentorship round". */
  static String describe(RoundKind kind) {
    if (kind == RoundKind.PEER_CIRCLES) {
      return "peer-circle round";
    }
    return kind == RoundKind.REVERSE ? "reverse-mentorship round" : "mentorship round";
  }
}
