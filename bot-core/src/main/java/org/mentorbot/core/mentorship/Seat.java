package org.mentorbot.core.mentorship;

import java.util.Objects;
import java.util.Optional;

/** One member of a mentorship, in a role, with their answer to "continue?" for this term. */
public record Seat(String userId, SeatRole role, Optional<TermChoice> choice) {
  public Seat {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(choice, "choice");
  }
}
