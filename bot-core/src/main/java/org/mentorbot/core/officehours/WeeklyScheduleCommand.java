package org.mentorbot.core.officehours;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.roster.Profile;

/**
 * {@code /officehours schedule <weekday> time:HH:MM minutes:N [topic] [tz]}: a weekly session,
 * announced a day and 15 minutes ahead, opened and closed on time. Setting the same weekday again
 * replaces that day's rule.
 */
final class WeeklyScheduleCommand implements CommandHandler {

  private final Services s;

  WeeklyScheduleCommand(Services services) {
    this.s = services;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("officehours", "schedule");
  }

  @Override
  public Reply handle(CommandRequest request) {
    String given = request.options().text("weekday").orElseThrow();
    if (given.equals("off")) {
      if (request.options().has("time") || request.options().has("minutes")) {
        throw new ProblemException(
            "`off` stops weekly office hours and takes no time or length.",
            "Use `/officehours schedule off wednesday`, or `/officehours schedule off` for all.");
      }
      return stop(request, request.options().text("day").map(WeeklyScheduleCommand::weekday));
    }
    if (request.options().has("day")) {
      throw new ProblemException(
          "Give one weekday.",
          "For example `/officehours schedule wednesday time:18:00 minutes:60`.");
    }
    if (request.options().time("time").isEmpty()
        || request.options().integer("minutes").isEmpty()) {
      throw new ProblemException(
          "Weekly office hours need `time:` (HH:MM) and `minutes:`.",
          "For example `/officehours schedule " + given + " time:18:00 minutes:60`.");
    }
    DayOfWeek weekday = weekday(given);
    LocalTime time = request.options().time("time").orElseThrow();
    int minutes = request.options().integer("minutes").orElseThrow();
    Optional<String> topic = SessionOpenCommand.checkTopic(request.options().text("topic"));
    OfficeHours oh = s.oh();
    return oh.context()
        .db()
        .write(
            tx -> {
              long cid = oh.communityId(tx, request.community());
              Profile mentor = oh.requireMentor(tx, cid, request.invocation());
              ZoneId zone = request.options().zone("tz").orElse(oh.zoneOf(mentor));
              WeeklyRule rule =
                  oh.schedules()
                      .upsert(
                          tx,
                          cid,
                          new WeeklyRule(
                              0,
                              request.actor().userId(),
                              request.actor().displayName(),
                              weekday,
                              time,
                              zone,
                              minutes,
                              topic),
                          oh.now());
              oh.sessions().inState(tx, cid, SessionState.SCHEDULED).stream()
                  .filter(p -> p.scheduleId().equals(Optional.of(rule.id())))
                  .forEach(p -> s.lifecycle().unplan(tx, request.community(), p));
              Session first = s.lifecycle().planNext(tx, request.community(), cid, rule, oh.now());
              boolean channel = oh.settings(tx, request.community()).announceChannel().isPresent();
              String day =
                  weekday.name().charAt(0) + weekday.name().substring(1).toLowerCase(Locale.ROOT);
              return Reply.privately(
                  "Weekly office hours set: every "
                      + day
                      + " at "
                      + time
                      + " ("
                      + OfficeHours.zoneName(zone)
                      + ") for "
                      + minutes
                      + " minutes"
                      + topic.map(t -> " on " + t).orElse("")
                      + ". The first is "
                      + first.label()
                      + " on "
                      + OfficeHours.when(first.startsAt())
                      + ". I'll open and close each on time"
                      + (channel
                          ? " and announce it a day and 15 minutes ahead."
                          : ". They won't be announced until a moderator sets an announce"
                              + " channel: `/mentor config announce-channel:#channel`."));
            });
  }

  private static DayOfWeek weekday(String name) {
    return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
  }

  private static String dayName(DayOfWeek day) {
    return day.name().charAt(0) + day.name().substring(1).toLowerCase(Locale.ROOT);
  }

  /** Stops one weekday's rule or all of them, calling off their planned sessions. */
  private Reply stop(CommandRequest request, Optional<DayOfWeek> day) {
    OfficeHours oh = s.oh();
    return oh.context()
        .db()
        .write(
            tx -> {
              long cid = oh.communityId(tx, request.community());
              String mentor = request.actor().userId();
              List<WeeklyRule> rules =
                  oh.schedules().ofMentor(tx, cid, mentor).stream()
                      .filter(r -> day.isEmpty() || r.weekday() == day.get())
                      .toList();
              if (rules.isEmpty()) {
                throw new ProblemException(
                    "You have no weekly office hours"
                        + day.map(d -> " on " + dayName(d) + "s").orElse("")
                        + ".",
                    "`/officehours list` shows your weekly rules.");
              }
              List<String> calledOff = new ArrayList<>();
              for (WeeklyRule rule : rules) {
                for (Session planned : oh.sessions().inState(tx, cid, SessionState.SCHEDULED)) {
                  if (planned.scheduleId().equals(Optional.of(rule.id()))) {
                    s.lifecycle().unplan(tx, request.community(), planned);
                    calledOff.add(planned.label());
                    s.lifecycle().tellCalledOff(tx, request.community(), planned, Optional.empty());
                  }
                }
                oh.schedules().delete(tx, rule.id());
              }
              return Reply.privately(
                  "Stopped your weekly office hours on "
                      + String.join(
                          ", ", rules.stream().map(r -> dayName(r.weekday()) + "s").toList())
                      + "."
                      + (calledOff.isEmpty()
                          ? ""
                          : " Called off the planned " + String.join(", ", calledOff) + ".")
                      + " Sessions you open by hand are not affected.");
            });
  }
}
