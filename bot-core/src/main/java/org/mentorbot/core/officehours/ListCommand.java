package org.mentorbot.core.officehours;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.messaging.Message;

/** {@code /officehours list}: open sessions, planned ones, and the caller's weekly rules. */
final class ListCommand implements CommandHandler {

  private static final int MAX_CALENDAR_BUTTONS = 10;

  private final Services s;

  ListCommand(Services services) {
    this.s = services;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("officehours", "list");
  }

  @Override
  public Reply handle(CommandRequest request) {
    OfficeHours oh = s.oh();
    List<Session> listed = new ArrayList<>();
    List<String> lines =
        oh.context()
            .db()
            .read(
                h ->
                    oh.findCommunity(h, request.community())
                        .map(cid -> lines(h, cid, request.actor().userId(), listed))
                        .orElse(List.of()));
    if (lines.isEmpty()) {
      return Reply.privately(
          "No office hours are open or planned. Mentors open one with `/officehours open`.");
    }
    // Times are tokens, so each member reads them in their own zone; each session has its file.
    Message.Builder message = Message.builder(String.join("\n", lines));
    listed.stream().limit(MAX_CALENDAR_BUTTONS).map(CalendarButton::of).forEach(message::button);
    return Reply.privately(message.build());
  }

  private List<String> lines(
      org.jdbi.v3.core.Handle h, long cid, String userId, List<Session> listed) {
    OfficeHours oh = s.oh();
    List<String> out = new ArrayList<>();
    List<Session> open = oh.sessions().inState(h, cid, SessionState.OPEN);
    listed.addAll(open);
    if (!open.isEmpty()) {
      out.add("Open now:");
      for (Session session : open) {
        out.add(
            "• "
                + session.label()
                + " with "
                + hosts(h, session)
                + ", until "
                + OfficeHours.clock(session.endsAt())
                + ", "
                + oh.entries().waitingCount(h, session.id())
                + " waiting: `/queue join "
                + session.number()
                + " question:\"...\"`");
      }
    }
    List<Session> planned = oh.sessions().inState(h, cid, SessionState.SCHEDULED);
    if (!planned.isEmpty()) {
      out.add("Coming up:");
      listed.addAll(planned.stream().limit(10).toList());
      planned.stream()
          .limit(10)
          .forEach(
              p ->
                  out.add(
                      "• "
                          + p.label()
                          + " with "
                          + OfficeHours.mention(p.ownerId())
                          + ", "
                          + OfficeHours.when(p.startsAt())));
    }
    List<WeeklyRule> rules = oh.schedules().ofMentor(h, cid, userId);
    if (!rules.isEmpty()) {
      out.add("Your weekly office hours:");
      for (WeeklyRule r : rules) {
        String day = r.weekday().name().toLowerCase(Locale.ROOT);
        out.add(
            "• every "
                + Character.toUpperCase(day.charAt(0))
                + day.substring(1)
                + " at "
                + r.time()
                + " "
                + OfficeHours.zoneName(r.zone())
                + ", "
                + r.minutes()
                + " minutes"
                + r.topic().map(t -> " on " + t).orElse(""));
      }
    }
    return out;
  }

  private String hosts(org.jdbi.v3.core.Handle h, Session session) {
    return String.join(
        " and ",
        s.oh().sessions().activeHosts(h, session.id()).stream().map(OfficeHours::mention).toList());
  }
}
