package org.mentorbot.core.checkin;

import java.util.List;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.feature.Feature;
import org.mentorbot.core.feature.OverviewSection;
import org.mentorbot.core.feature.PersonalData;
import org.mentorbot.core.matching.RoundListener;
import org.mentorbot.core.mentorship.MentorshipListener;
import org.mentorbot.core.schedule.JobHandler;

/**
 * Check-ins as the router sees them: {@code /mentor checkin}, {@code /mentor feedback}, {@code
 * /mentor matches}, the answer and rating buttons, the nudge jobs, the "Check-ins" overview and the
 * members' check-in data. {@link #roundListener()} goes to the matching feature.
 */
public final class CheckinFeature implements Feature {

  private final Checkins checkins;
  private final CheckinCommand checkin;
  private final FeedbackCommand feedback;
  private final MatchesCommand matches;

  public CheckinFeature(CoreContext context) {
    this.checkins = new Checkins(context);
    this.checkin = new CheckinCommand(checkins);
    this.feedback = new FeedbackCommand(checkins, new Feedback(checkins.store, checkins.alerts));
    this.matches = new MatchesCommand(checkins);
  }

  /** Clears the priority of the mentees a round just planned. */
  public RoundListener roundListener() {
    return new RoundHooks(checkins);
  }

  /** Starts, extends and ends check-ins with the mentorships they are about. */
  public MentorshipListener mentorshipListener() {
    return new MentorshipHooks(checkins);
  }

  @Override
  public List<CommandHandler> commands() {
    return List.of(checkin, feedback, matches);
  }

  @Override
  public List<ActionHandler> actions() {
    return List.of(checkin, feedback);
  }

  @Override
  public List<JobHandler> jobs() {
    return checkins.nudges.handlers();
  }

  @Override
  public List<OverviewSection> overview() {
    return List.of(matches);
  }

  @Override
  public List<PersonalData> personalData() {
    return List.of(new CheckinData());
  }
}
