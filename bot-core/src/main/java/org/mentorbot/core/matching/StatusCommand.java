package org.mentorbot.core.matching;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Reply;
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
              .title(r.title() + " is open");
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
                      .map(
                          r ->
                              "The latest is "
                                  + r.title()
                                  + ", "
                                  + r.state().label()
                                  + r.publishedAt().map(t -> " on " + Times.utc(t)).orElse("")
                                  + ".")
                      .orElse("There have been no rounds yet."))
              .title("No round is open");
    }
    c.flatMap(id -> schedule.find(h, id))
        .filter(ScheduleStore.Stored::enabled)
        .flatMap(s -> s.upcoming(rounds.now()).map(next -> s.rule().opensBefore(next)))
        .ifPresent(opens -> m.field("Next automatic round", "sign-up opens " + Times.utc(opens)));
    return m.build();
  }

  private static String count(List<Participant> joined, String role, String noun) {
    long n = joined.stream().filter(p -> p.role().equals(role)).count();
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
