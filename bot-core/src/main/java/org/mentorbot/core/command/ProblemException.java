package org.mentorbot.core.command;

/**
 * Thrown anywhere in the core when a member's request cannot be done; the router turns it into a
 * {@link Reply.Problem}. Thrown inside a write transaction, it also rolls everything back, so a
 * refused command changes nothing.
 */
public final class ProblemException extends RuntimeException {

  private final String fix;

  public ProblemException(String problem, String fix) {
    super(problem, null, false, false);
    this.fix = fix;
  }

  public String problem() {
    return getMessage();
  }

  public String fix() {
    return fix;
  }

  public Reply.Problem toReply() {
    return new Reply.Problem(problem(), fix);
  }
}
