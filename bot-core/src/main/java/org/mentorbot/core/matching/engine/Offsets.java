package org.mentorbot.core.matching.engine;

import java.time.Instant;
import java.time.ZoneId;

/** UTC offsets and the distance between them around the 24-hour clock. */
public final class Offsets {
  private static final int DAY_MINUTES = 24 * 60;

  private Offsets() {}

  /** The zone's UTC offset at {@code at}, in minutes (DST applies for IANA zones). */
  public static int offsetMinutes(ZoneId zone, Instant at) {
    return zone.getRules().getOffset(at).getTotalSeconds() / 60;
  }

  /**
   * Minutes between two UTC offsets going the short way round the clock: UTC+12 and UTC-11 are 60
   * minutes apart, not 23 hours.
   */
  public static int distanceMinutes(int offsetA, int offsetB) {
    int d = Math.floorMod(offsetA - offsetB, DAY_MINUTES);
    return Math.min(d, DAY_MINUTES - d);
  }
}
