package org.mentorbot.core.matching.engine;

import java.util.EnumSet;
import java.util.Set;

/**
 * A mentorship format as the engine sees it: a mentor offers one or both, a mentee wants one (or,
 * in the offline command where nobody said, either). A pair is eligible only if the mentor offers a
 * format the mentee accepts.
 */
public enum Format {
  SHORT,
  LONG;

  /** Either format: the default when nobody said. */
  public static Set<Format> any() {
    return EnumSet.allOf(Format.class);
  }

  /** The set as a bit mask (SHORT 1, LONG 2), for the per-pair test in the hot loop. */
  static byte mask(Set<Format> formats) {
    byte mask = 0;
    for (Format f : formats) {
      mask |= (byte) (f == SHORT ? 1 : 2);
    }
    return mask;
  }

  static Set<Format> checked(Set<Format> formats) {
    if (formats == null || formats.isEmpty()) {
      throw new IllegalArgumentException("formats must name at least one format");
    }
    return Set.copyOf(formats);
  }
}
