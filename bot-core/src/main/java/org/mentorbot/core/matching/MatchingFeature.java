package org.mentorbot.core.matching;

import java.util.List;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.feature.Feature;
import org.mentorbot.core.feature.PersonalData;
import org.mentorbot.core.mentorship.Mentorships;
import org.mentorbot.core.schedule.JobHandler;

/**
 * Match rounds as the router sees them: the {@code /round} commands, the Join button, the monthly
 * schedule and close jobs and the members' round data.
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
    this(context, List.of(), new Mentorships(context));
  }

  /**
   * With listeners (check-ins) that act inside the publish and close transactions, and the
   * mentorship service publishing creates mentorships with.
   */
  public MatchingFeature(
      CoreContext context, List<RoundListener> listeners, Mentorships mentorships) {
    this.rounds = new Rounds(context, listeners, mentorships);
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
  public List<PersonalData> personalData() {
    return List.of(new RoundsData(rounds.pairs));
  }
}
