package org.mentorbot.core.matching;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.mentorship.Dates;
import org.mentorbot.core.messaging.Message;

/** {@code /round status}: the open round, how many joined, whether I did, and what is next. */
final class StatusCommand implements CommandHandler {

  private final Rounds rounds;
  private final ScheduleStore schedule;

  StatusCommand(Rounds rounds, ScheduleStore schedule) {
    this.rounds = rounds;
    this.schedule = schedule;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("round", "status");
  }

  @Override
  public Reply handle(CommandRequest request) {
    return rounds.context.db().read(h -> Reply.privately(status(h, request)));
  }

  private Message status(Handle h, CommandRequest request) {
    Optional<Long> c = rounds.find(h, request.community());
    Optional<Round> open = c.flatMap(id -> rounds.rounds.open(h, id));
    Message.Builder m;
    if (open.isPresent()) {
      Round r = open.get();
      List<Participant> joined = rounds.rounds.participants(h, r.id());
      String self = request.actor().userId();
      List<String> mine =
          joined.stream().filter(p -> p.userId().equals(self)).map(Participant::role).toList();
      m =
          Message.builder(
                  "Sign-up closes "
                      + Times.utc(r.signupClosesAt())
                      + ". "
                      + (mine.isEmpty()
                          ? "You have not joined: `/round join`."
                          : "You joined as " + String.join(" and ", mine) + "."))
              .title(r.title() + " is open")
              .field("Opened", opened(r));
      if (r.circles()) {
        m.field("Joined", count(joined, Participant.PEER, "peer"));
      } else {
        m.field(
            "Joined",
            count(joined, Participant.MENTOR, "mentor")
                + " · "
                + count(joined, Participant.MENTEE, "mentee"));
      }
    } else {
      Optional<Round> latest = c.flatMap(id -> rounds.rounds.recent(h, id, 1).stream().findFirst());
      m =
          Message.builder(
                  latest
                      .map(r -> "The latest is " + r.title() + ", " + r.state().label() + ".")
                      .orElse("There have been no rounds yet."))
              .title("No round is open");
      latest.ifPresent(r -> latestFields(h, r, m));
    }
    c.flatMap(id -> schedule.find(h, id))
        .filter(ScheduleStore.Stored::enabled)
        .flatMap(s -> s.upcoming(rounds.now()).map(next -> s.rule().opensBefore(next)))
        .ifPresent(opens -> m.field("Next automatic round", "sign-up opens " + Times.utc(opens)));
    return m.build();
  }

  /** When the latest round opened, closed sign-up, published, and when its mentorships end. */
  private static void latestFields(Handle h, Round r, Message.Builder m) {
    m.field("Opened", opened(r)).field("Sign-up closed", Times.utc(r.signupClosesAt()));
    r.publishedAt().ifPresent(t -> m.field("Published", Times.utc(t)));
    if (r.state().matched()) {
      m.field("Mentorships", mentorships(h, r));
    }
  }

  private static String opened(Round r) {
    return Times.utc(r.openedAt())
        + (r.openedBy().equals(Optional.of(Round.BY_SCHEDULE))
            ? " (on schedule)"
            : " (by a moderator)");
  }

  /** "2 running, planned to end Mon 2026-04-27 – Mon 2026-08-31" for the round's mentorships. */
  private static String mentorships(Handle h, Round r) {
    List<long[]> rows =
        h.createQuery(
                "SELECT planned_end_at, CASE WHEN state = 'ended' THEN 0 ELSE 1 END"
                    + " FROM mentorship WHERE round_id = :r ORDER BY planned_end_at")
            .bind("r", r.id())
            .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)})
            .list();
    List<long[]> running = rows.stream().filter(x -> x[1] == 1).toList();
    if (running.isEmpty()) {
      return rows.isEmpty() ? "none" : rows.size() + " made, all ended";
    }
    String first = Dates.day(Instant.ofEpochMilli(running.get(0)[0]));
    String last = Dates.day(Instant.ofEpochMilli(running.get(running.size() - 1)[0]));
    return running.size()
        + " running"
        + (rows.size() > running.size() ? " (" + (rows.size() - running.size()) + " ended)" : "")
        + ", planned to end "
        + (first.equals(last) ? first : first + " – " + last);
  }

  private static String count(List<Participant> joined, String role, String noun) {
    long n = joined.stream().filter(p -> p.role().equals(role)).count();
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
