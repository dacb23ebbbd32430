package org.mentorbot.core.mentorship;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.ProblemException;

/** Which of the caller's running mentorships a command is about: the only one, or {@code with:}. */
final class Pick {

  private Pick() {}

  static Mentorship running(
      Mentorships mentorships, Handle h, long communityId, String self, Optional<String> with) {
    List<Mentorship> running = mentorships.store.runningOf(h, communityId, self);
    if (running.isEmpty()) {
      throw new ProblemException(
          "You have no running mentorship.",
          "You'll get one when you join a round (`/round join`) and it is published.");
    }
    if (with.isPresent()) {
      return running.stream()
          .filter(m -> m.involves(with.get()) && !with.get().equals(self))
          .findFirst()
          .orElseThrow(
              () ->
                  new ProblemException(
                      "You have no running mentorship with " + Mentorship.at(with.get()) + ".",
                      "Yours: " + choices(running, self) + "."));
    }
    if (running.size() > 1) {
      throw new ProblemException(
          "You have " + running.size() + " mentorships; which one is this about?",
          "Add " + choices(running, self) + ".");
    }
    return running.get(0);
  }

  private static String choices(List<Mentorship> running, String self) {
    return running.stream()
        .map(m -> "`with:@" + m.othersOf(self).get(0) + "`")
        .collect(Collectors.joining(", "));
  }
}
