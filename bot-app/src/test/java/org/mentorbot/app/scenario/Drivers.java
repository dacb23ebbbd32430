package org.mentorbot.app.scenario;

import java.time.Duration;

/** What the drivers share. */
final class Drivers {

  /** Generous: the build machine is small and shared. */
  static final Duration WAIT = Duration.ofSeconds(60);

  private Drivers() {}

  /** The console's {@code :advance} line for a whole number of minutes. */
  static String advanceLine(Duration by) {
    return ":advance " + by.toMinutes() + "m";
  }
}
