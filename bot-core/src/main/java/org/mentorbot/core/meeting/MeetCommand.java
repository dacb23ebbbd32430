package org.mentorbot.core.meeting;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.command.UserRef;
import org.mentorbot.core.mentorship.Mentorship;
import org.mentorbot.core.messaging.TimeTokens;
import org.mentorbot.core.text.SafeText;

/**
 * {@code /mentor meet @partner when:"YYYY-MM-DD HH:MM" [minutes:N] [anyway:yes] [move:N]}: proposes
 * a meeting (or, with {@code move:}, a new time for meeting N). The time is read in the caller's
 * profile zone; a time the clocks skip (spring forward) is refused rather than silently shifted.
 */
final class MeetCommand implements CommandHandler {

  private static final Pattern WHEN =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T](\\d{1,2}:\\d{2})");
  private static final DateTimeFormatter PARSE = DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm");

  private final Meetings meetings;

  MeetCommand(Meetings meetings) {
    this.meetings = meetings;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("mentor", "meet");
  }

  @Override
  public Reply handle(CommandRequest request) {
    String self = request.actor().userId();
    String partner = request.options().user("partner").map(UserRef::userId).orElseThrow();
    String whenText = request.options().text("when").orElseThrow().strip();
    int minutes = request.options().integer("minutes").orElse(Meetings.DEFAULT_MINUTES);
    boolean anyway = request.options().text("anyway").map("yes"::equals).orElse(false);
    Optional<Integer> move = request.options().integer("move");
    if (partner.equals(self)) {
      throw new ProblemException(
          "A meeting needs someone else.", "Name your mentor, mentee or a circle member.");
    }
    return meetings
        .context
        .db()
        .write(
            tx -> {
              long c = meetings.context.communities().idOf(tx, request.community());
              ZoneId zone = meetings.zone(tx, c, self);
              TimeRange when = TimeRange.of(parse(whenText, zone), Duration.ofMinutes(minutes));
              List<Mentorship> shared =
                  meetings.mentorships.store().runningOf(tx, c, self).stream()
                      .filter(m -> m.involves(partner))
                      .toList();
              if (shared.isEmpty()) {
                throw new ProblemException(
                    "You have no running mentorship with <@" + partner + ">.",
                    "`/mentor matches` shows whom you can meet.");
              }
              Mentorship mentorship = shared.get(0);
              if (move.isPresent()) {
                Meeting meeting = meetings.requireOwn(tx, c, move.get(), self);
                if (meeting.mentorshipId() != mentorship.id()) {
                  throw new ProblemException(
                      "Meeting #" + meeting.id() + " is not with <@" + partner + ">.",
                      "`/mentor meetings` lists your meetings.");
                }
                meetings.proposeMove(
                    tx, request.community(), meeting, mentorship, self, when, anyway);
                return Reply.privately(
                    "Asked "
                        + mentorship.withWhom(self)
                        + " to move meeting #"
                        + meeting.id()
                        + " to "
                        + MeetingMessages.when(when)
                        + ". Until they accept, "
                        + TimeTokens.at(meeting.start())
                        + " stands.");
              }
              Meeting meeting =
                  meetings.propose(tx, request.community(), mentorship, self, when, anyway);
              return Reply.privately(
                  "Proposed meeting #"
                      + meeting.id()
                      + " to "
                      + mentorship.withWhom(self)
                      + ": "
                      + MeetingMessages.when(when)
                      + ". I'll tell you when they answer.");
            });
  }

  /** {@code 2026-12-10 18:00} in {@code zone}; a clear problem for anything else. */
  static java.time.Instant parse(String text, ZoneId zone) {
    Matcher m = WHEN.matcher(text);
    String hint =
        "Write it as `when:\"2026-12-10 18:00\"`, in your timezone ("
            + TimeTokens.label(zone)
            + "; change it with `/mentor edit tz:Zone`).";
    if (!m.matches()) {
      throw new ProblemException("I can't read the time \"" + clip(text) + "\".", hint);
    }
    LocalDateTime local;
    try {
      local = LocalDateTime.parse(m.group(1) + " " + m.group(2), PARSE);
    } catch (DateTimeException e) {
      throw new ProblemException("\"" + clip(text) + "\" is not a real date and time.", hint);
    }
    ZonedDateTime zoned = local.atZone(zone);
    if (!zoned.toLocalDateTime().equals(local)) {
      throw new ProblemException(
          m.group(2)
              + " does not exist on "
              + m.group(1)
              + " in "
              + TimeTokens.label(zone)
              + ": the clocks go forward then.",
          "Pick a time an hour later or earlier.");
    }
    return zoned.toInstant();
  }

  private static String clip(String text) {
    return SafeText.clip(SafeText.of(text), 40);
  }
}
