package org.mentorbot.core.matching;

import java.util.List;
import java.util.Optional;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.feature.Feature;
import org.mentorbot.core.feature.OverviewSection;
import org.mentorbot.core.feature.PersonalData;
import org.mentorbot.core.messaging.Field;
import org.mentorbot.core.schedule.JobHandler;

/**
 * Match rounds as the router sees them: the {@code /round} commands, the Join button, the monthly
 * schedule and close jobs, the "Matches" overview section and the members' round data.
 */
public final class MatchingFeature implements Feature {

  private final Rounds rounds;
  private final Membership membership;
  private final RoundOpener opener;
  private final RoundPublisher publisher;
  private final CancelCommand cancel;
  private final ScheduleStore schedule = new ScheduleStore();
  private final MonthlyRounds monthly;

  public MatchingFeature(CoreContext context) {
    this(context, List.of());
  }

  /** With listeners (check-ins) that act inside the publish and close transactions. */
  public MatchingFeature(CoreContext context, List<RoundListener> listeners) {
    this.rounds = new Rounds(context, listeners);
    this.membership = new Membership(rounds);
    this.opener = new RoundOpener(rounds);
    this.publisher = new RoundPublisher(rounds);
    this.cancel = new CancelCommand(rounds);
    this.monthly = new MonthlyRounds(rounds, schedule, opener, publisher, cancel);
  }

  @Override
  public List<CommandHandler> commands() {
    return List.of(
        new OpenCommand(rounds, opener),
        new JoinCommand(membership),
        new LeaveRoundCommand(membership),
        new PreviewCommand(rounds),
        new PublishCommand(rounds, publisher),
        cancel,
        new StatusCommand(rounds, schedule),
        new HistoryCommand(rounds),
        new ScheduleCommand(rounds, schedule, monthly));
  }

  @Override
  public List<ActionHandler> actions() {
    return List.of(new JoinCommand(membership));
  }

  @Override
  public List<JobHandler> jobs() {
    return monthly.handlers();
  }

  @Override
  public List<OverviewSection> overview() {
    return List.of(
        invocation ->
            rounds
                .context
                .db()
                .read(
                    h -> {
                      String self = invocation.actor().userId();
                      List<String> lines =
                          rounds
                              .find(h, invocation.community())
                              .map(c -> rounds.pairs.ofMember(h, c, self))
                              .orElse(List.of())
                              .stream()
                              .filter(PairRow::active)
                              .map(
                                  p ->
                                      (p.mentorId().equals(self) ? "mentor of " : "mentee of ")
                                          + PlanView.at(p.partnerOf(self))
                                          + " (round "
                                          + p.roundNumber()
                                          + ")")
                              .toList();
                      return lines.isEmpty()
                          ? Optional.<Field>empty()
                          : Optional.of(new Field("Matches", String.join("\n", lines)));
                    }));
  }

  @Override
  public List<PersonalData> personalData() {
    return List.of(new RoundsData(rounds.pairs));
  }
}
