package org.mentorbot.core.officehours;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.roster.Profile;

/**
 * {@code /officehours schedule <weekday> time:HH:MM minutes:N [topic] [tz]}: a weekly session,
 * announced a day and 15 minutes ahead, opened and closed on time. Setting the same weekday again
 * replaces that day's rule.
 */
final class ScheduleCommand implements CommandHandler {

  private final Services s;

  ScheduleCommand(Services services) {
    this.s = services;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("officehours", "schedule");
  }

  @Override
  public Reply handle(CommandRequest request) {
    DayOfWeek weekday =
        DayOfWeek.valueOf(request.options().text("weekday").orElseThrow().toUpperCase(Locale.ROOT));
    LocalTime time = request.options().time("time").orElseThrow();
    int minutes = request.options().integer("minutes").orElseThrow();
    Optional<String> topic = OpenCommand.checkTopic(request.options().text("topic"));
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
}
