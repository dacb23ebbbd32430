package org.mentorbot.core.testing;

/**
 * Stands for the process dying at this point. It is an {@link Error}, so production code that
 * handles exceptions does not catch it, and nothing after the crash point runs.
 */
public final class SimulatedCrash extends Error {
  private static final long serialVersionUID = 1L;

  public SimulatedCrash(String where) {
    super("simulated crash: " + where);
  }
}
