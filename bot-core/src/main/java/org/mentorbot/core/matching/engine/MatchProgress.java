package org.mentorbot.core.matching.engine;

/**
 * Hears how a long matching run is getting on ("scoring pairs ...", "solving ..."), so a command
 * line can show that a big round is still working. Called on the caller's thread; the engine reads
 * no clock, the listener may.
 */
@FunctionalInterface
public interface MatchProgress {
  MatchProgress NONE = stage -> {};

  void stage(String description);
}
