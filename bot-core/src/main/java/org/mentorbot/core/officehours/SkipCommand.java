package org.mentorbot.core.officehours;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;

/**
 * {@code /officehours skip <date>}: one date of a weekly rule does not take place. The skip is
 * stored, so it holds for a date weeks ahead too; if that occurrence is already planned it is
 * called off (announced) and the next one is planned in its place.
 */
final class SkipCommand implements CommandHandler {

  private final Services s;

  SkipCommand(Services services) {
    this.s = services;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("officehours", "skip");
  }

  @Override
  public Reply handle(CommandRequest request) {
    LocalDate date = request.options().date("date").orElseThrow();
    OfficeHours oh = s.oh();
    return oh.context()
        .db()
        .write(
            tx -> {
              long cid = oh.communityId(tx, request.community());
              String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
              List<WeeklyRule> rules =
                  oh.schedules().ofMentor(tx, cid, request.actor().userId()).stream()
                      .filter(r -> r.weekday() == date.getDayOfWeek())
                      .toList();
              if (rules.isEmpty()) {
                throw new ProblemException(
                    "You have no weekly office hours on "
                        + weekday
                        + "s, and "
                        + date
                        + " is a "
                        + weekday
                        + ".",
                    "`/officehours list` shows your weekly rules.");
              }
              WeeklyRule rule = rules.get(0);
              if (date.isBefore(LocalDate.ofInstant(oh.now(), rule.zone()))) {
                throw new ProblemException(
                    date + " has passed.", "Give a date from today on, as YYYY-MM-DD.");
              }
              oh.schedules().skip(tx, rule.id(), date, oh.now());
              Optional<Session> planned =
                  oh.sessions().inState(tx, cid, SessionState.SCHEDULED).stream()
                      .filter(p -> p.scheduleId().equals(Optional.of(rule.id())))
                      .filter(p -> p.startsAt().atZone(rule.zone()).toLocalDate().equals(date))
                      .findFirst();
              Optional<Session> next = Optional.empty();
              if (planned.isPresent()) {
                s.lifecycle().unplan(tx, request.community(), planned.get());
                next =
                    Optional.of(
                        s.lifecycle()
                            .planNext(
                                tx, request.community(), cid, rule, planned.get().startsAt()));
                s.lifecycle().tellCalledOff(tx, request.community(), planned.get(), next);
              }
              return Reply.privately(
                  "Skipped your office hours on "
                      + weekday
                      + " "
                      + date
                      + (planned.isPresent()
                          ? " (" + planned.get().label() + " is called off and announced)"
                          : "")
                      + "."
                      + next.map(
                              n ->
                                  " The next is "
                                      + n.label()
                                      + " on "
                                      + OfficeHours.when(n.startsAt())
                                      + ".")
                          .orElse(" The weekly rule stays."));
            });
  }
}
