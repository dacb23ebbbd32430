package org.mentorbot.core.officehours;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.Suggester;
import org.mentorbot.core.command.Suggestion;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.feature.Feature;
import org.mentorbot.core.feature.OverviewSection;
import org.mentorbot.core.feature.PersonalData;
import org.mentorbot.core.messaging.Field;
import org.mentorbot.core.schedule.JobHandler;

/** Office hours as the router sees them: commands, buttons, session autocomplete, jobs, data. */
public final class OfficeHoursFeature implements Feature {

  private final Services s;

  public OfficeHoursFeature(CoreContext context) {
    this.s = Services.create(context);
  }

  @Override
  public List<CommandHandler> commands() {
    return List.of(
        new SessionOpenCommand(s),
        new WeeklyScheduleCommand(s),
        new SkipCommand(s),
        new QueuePauseCommand(s, true),
        new QueuePauseCommand(s, false),
        new NextCommand(s),
        new CloseCommand(s),
        new ListCommand(s),
        new BroadcastCommand(s),
        new QueueJoinCommand(s),
        new QueueLeaveCommand(s),
        new PositionCommand(s));
  }

  @Override
  public List<ActionHandler> actions() {
    return List.of(new JoinButton(s), new HereButton(s), new CalendarButton(s));
  }

  /**
   * {@code session}: the open sessions whose number, topic or mentor starts with what was typed.
   */
  @Override
  public Map<String, Suggester> suggesters() {
    Suggester sessions =
        (invocation, partial) ->
            s.oh()
                .context()
                .db()
                .read(
                    h ->
                        s.oh()
                            .findCommunity(h, invocation.community())
                            .map(cid -> suggest(h, cid, partial))
                            .orElse(List.of()));
    return Map.of("session", sessions);
  }

  private List<Suggestion> suggest(Handle h, long cid, String partial) {
    String p = partial.strip().toLowerCase(Locale.ROOT).replaceFirst("^#", "");
    return s.oh().sessions().inState(h, cid, SessionState.OPEN).stream()
        .filter(
            x ->
                p.isEmpty()
                    || Integer.toString(x.number()).startsWith(p)
                    || x.topic().map(t -> t.toLowerCase(Locale.ROOT).startsWith(p)).orElse(false)
                    || x.ownerName().toLowerCase(Locale.ROOT).startsWith(p))
        .map(
            x ->
                new Suggestion(
                    x.label()
                        + " with "
                        + x.ownerName()
                        + ", "
                        + s.oh().entries().waitingCount(h, x.id())
                        + " waiting",
                    Integer.toString(x.number())))
        .limit(25)
        .toList();
  }

  @Override
  public List<JobHandler> jobs() {
    return OfficeHoursJobs.all(s);
  }

  @Override
  public List<OverviewSection> overview() {
    return List.of(this::overviewOf);
  }

  private Optional<Field> overviewOf(Invocation invocation) {
    OfficeHours oh = s.oh();
    String userId = invocation.actor().userId();
    return oh.context()
        .db()
        .read(
            h -> {
              Optional<Long> cid = oh.findCommunity(h, invocation.community());
              if (cid.isEmpty()) {
                return Optional.<Field>empty();
              }
              List<String> lines = new ArrayList<>();
              oh.sessions()
                  .openHostedBy(h, cid.get(), userId)
                  .ifPresent(
                      x ->
                          lines.add(
                              "Serving "
                                  + x.label()
                                  + " until "
                                  + OfficeHours.clock(x.endsAt())
                                  + ", "
                                  + oh.entries().waitingCount(h, x.id())
                                  + " waiting"));
              for (Entry e : oh.entries().openOfMember(h, cid.get(), userId)) {
                Session x = oh.sessions().byId(h, e.sessionId()).orElseThrow();
                lines.add(
                    e.state() == EntryState.CALLED
                        ? "In " + x.label() + ": it's your turn now"
                        : "In " + x.label() + ": " + s.waits().describe(h, x, e));
              }
              return lines.isEmpty()
                  ? Optional.<Field>empty()
                  : Optional.of(new Field("Office hours", String.join("\n", lines)));
            });
  }

  @Override
  public List<PersonalData> personalData() {
    return List.of(new OfficeHoursData(s));
  }

  static Optional<Long> parseId(String text) {
    if (text == null || !text.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(text));
  }

  /** The session a Join button names, if it belongs to the presser's community. */
  static Session sessionOfButton(Handle h, OfficeHours oh, Invocation invocation, String argument) {
    Optional<Long> cid = oh.findCommunity(h, invocation.community());
    return parseId(argument)
        .flatMap(id -> oh.sessions().byId(h, id))
        .filter(x -> cid.isPresent() && x.communityId() == cid.get())
        .orElseThrow(JoinButton::stale);
  }
}
