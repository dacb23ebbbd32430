package org.mentorbot.core.matching;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Options;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunityId;

/**
 * {@code /round schedule day:N time:HH:MM [tz:Zone] [days:N]} stores the monthly rule and plans its
 * first occurrence; {@code /round schedule off} cancels the pending occurrence; with no options it
 * shows the schedule. A round already open is left alone either way.
 */
final class ScheduleCommand implements CommandHandler {

  private final Rounds rounds;
  private final ScheduleStore store;
  private final MonthlyRounds monthly;

  ScheduleCommand(Rounds rounds, ScheduleStore store, MonthlyRounds monthly) {
    this.rounds = rounds;
    this.store = store;
    this.monthly = monthly;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("round", "schedule");
  }

  @Override
  public Reply handle(CommandRequest request) {
    Options o = request.options();
    boolean off = o.text("mode").isPresent();
    boolean rule = o.has("day") || o.has("time") || o.has("tz") || o.has("days");
    if (off && rule) {
      throw new ProblemException(
          "`off` takes no other options.",
          "Use `/round schedule off`, or `/round schedule day:15 time:18:00` to change it.");
    }
    if (!off && !rule) {
      return rounds.context.db().read(h -> Reply.privately(describe(h, request.community())));
    }
    if (!off && (o.integer("day").isEmpty() || o.time("time").isEmpty())) {
      throw new ProblemException(
          "A schedule needs both `day:` (1-28) and `time:` (HH:MM).",
          "For example `/round schedule day:15 time:18:00 tz:Europe/Berlin days:7`.");
    }
    return rounds
        .context
        .db()
        .write(
            tx -> {
              CommunityId community = request.community();
              long c = rounds.communityId(tx, community);
              Optional<ScheduleStore.Stored> old = store.find(tx, c);
              old.flatMap(ScheduleStore.Stored::nextMatchAt)
                  .ifPresent(next -> monthly.unplan(tx, community, next));
              if (off) {
                if (old.isEmpty() || !old.get().enabled()) {
                  throw new ProblemException(
                      "Automatic rounds are not on.",
                      "Turn them on with `/round schedule day:15 time:18:00`.");
                }
                store.disable(tx, c, rounds.now());
                return Reply.privately(
                    "Automatic rounds are off; no more rounds will open by themselves."
                        + rounds
                            .rounds
                            .open(tx, c)
                            .map(
                                r ->
                                    " Round "
                                        + r.number()
                                        + " is still open; publish or cancel it as usual.")
                            .orElse(""));
              }
              MonthlyRule monthlyRule =
                  new MonthlyRule(
                      o.integer("day").orElseThrow(),
                      o.time("time").map(t -> t.withSecond(0).withNano(0)).orElseThrow(),
                      o.zone("tz").orElse((ZoneId) ZoneOffset.UTC),
                      o.integer("days").orElse(OpenCommand.DEFAULT_DAYS));
              Instant first = monthlyRule.firstFrom(rounds.now());
              store.save(tx, c, monthlyRule, first, rounds.now());
              monthly.plan(tx, community, monthlyRule, first);
              return Reply.privately("Saved. " + describe(tx, community));
            });
  }

  private String describe(Handle h, CommunityId community) {
    Optional<ScheduleStore.Stored> stored =
        rounds.find(h, community).flatMap(c -> store.find(h, c)).filter(s -> s.enabled());
    if (stored.isEmpty()) {
      return "Automatic rounds are off. Turn them on with `/round schedule day:15 time:18:00"
          + " [tz:Zone] [days:7]`.";
    }
    MonthlyRule r = stored.get().rule();
    String next =
        stored
            .get()
            .upcoming(rounds.now())
            .map(
                m ->
                    " Next: sign-up opens "
                        + Times.in(r.opensBefore(m), r.zone())
                        + ", matches published "
                        + Times.in(m, r.zone())
                        + ".")
            .orElse("");
    return "Automatic rounds: matched on day "
        + r.day()
        + " of every month at "
        + r.time()
        + " "
        + org.mentorbot.core.text.TimeZones.format(r.zone())
        + ", sign-up opens "
        + r.signupDays()
        + (r.signupDays() == 1 ? " day" : " days")
        + " before."
        + next
        + " `/round schedule off` stops them.";
  }
}
