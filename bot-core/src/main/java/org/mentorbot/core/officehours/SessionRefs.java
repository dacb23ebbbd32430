package org.mentorbot.core.officehours;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.text.SafeText;

/** Turns what a member typed for {@code session} (a number, #3, or a mentor) into a session. */
final class SessionRefs {

  private static final Pattern NUMBER = Pattern.compile("#?(\\d{1,9})");
  private static final Pattern MENTOR = Pattern.compile("<?@([A-Za-z0-9._-]{1,64})>?");

  private final OfficeHours oh;

  SessionRefs(OfficeHours oh) {
    this.oh = oh;
  }

  Session resolve(Handle h, long communityId, String typed) {
    String text = typed.strip();
    Matcher number = NUMBER.matcher(text);
    if (number.matches()) {
      int n = Integer.parseInt(number.group(1));
      return oh.sessions()
          .byNumber(h, communityId, n)
          .orElseThrow(
              () ->
                  new ProblemException(
                      "There is no office-hours session #" + n + ".",
                      "See `/officehours list` for the open and upcoming ones."));
    }
    Matcher mentor = MENTOR.matcher(text);
    if (mentor.matches()) {
      String userId = mentor.group(1);
      return oh.sessions()
          .openHostedBy(h, communityId, userId)
          .orElseThrow(
              () ->
                  new ProblemException(
                      OfficeHours.mention(userId) + " has no open office hours right now.",
                      "See `/officehours list` for the open and upcoming ones."));
    }
    throw new ProblemException(
        "`" + SafeText.clip(SafeText.of(text), 40) + "` is not a session number or a mentor.",
        "Use a number from `/officehours list`, e.g. `/queue join 3 question:\"...\"`.");
  }

  /** The only open session, when the member named none. */
  Session onlyOpen(Handle h, long communityId) {
    List<Session> open = oh.sessions().inState(h, communityId, SessionState.OPEN);
    if (open.size() == 1) {
      return open.get(0);
    }
    if (open.isEmpty()) {
      throw new ProblemException(
          "No office hours are open right now.",
          "See `/officehours list` for upcoming sessions and join when one opens.");
    }
    throw new ProblemException(
        "Several sessions are open: " + summary(open) + ".",
        "Say which one, e.g. `/queue join " + open.get(0).number() + " question:\"...\"`.");
  }

  static String summary(List<Session> sessions) {
    return sessions.stream()
        .map(s -> s.label() + " with " + OfficeHours.mention(s.ownerId()))
        .collect(Collectors.joining(", "));
  }

  static Optional<String> blankToEmpty(Optional<String> value) {
    return value.map(String::strip).filter(s -> !s.isEmpty());
  }
}
