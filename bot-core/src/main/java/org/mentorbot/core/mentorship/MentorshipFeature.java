package org.mentorbot.core.mentorship;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.Suggester;
import org.mentorbot.core.feature.Feature;
import org.mentorbot.core.feature.PersonalData;
import org.mentorbot.core.roster.Departures;
import org.mentorbot.core.schedule.JobHandler;

/**
 * Mentorships as the router sees them: {@code /mentor end}, the goal commands, the moderators'
 * {@code /round pairs|pair|unpair}, the Continue / Wrap up and alert buttons, the term jobs and the
 * members' mentorship data. {@link #departures()} goes to the roster.
 */
public final class MentorshipFeature implements Feature {

  private final Mentorships mentorships;
  private final Ending ending;
  private final TermLifecycle terms;
  private final EndCommand end;
  private final MentorshipDepartures departures;

  public MentorshipFeature(Mentorships mentorships) {
    this.mentorships = mentorships;
    Notices notices = new Notices(mentorships);
    this.ending = new Ending(mentorships, notices);
    this.terms = new TermLifecycle(mentorships, notices);
    this.end = new EndCommand(mentorships, ending);
    this.departures = new MentorshipDepartures(mentorships, ending);
  }

  /** What blocks and leaves mean to mentorships, for the roster. */
  public Departures departures() {
    return departures;
  }

  @Override
  public List<CommandHandler> commands() {
    List<CommandHandler> out = new ArrayList<>();
    out.add(end);
    out.addAll(new GoalCommands(mentorships).handlers());
    out.addAll(new ModeratorCommands(mentorships, ending).handlers());
    return out;
  }

  @Override
  public List<ActionHandler> actions() {
    return List.of(end, terms, new ModeratorButtons(mentorships, ending));
  }

  @Override
  public Map<String, Suggester> suggesters() {
    return new MentorshipSuggesters(mentorships).byOption();
  }

  @Override
  public List<JobHandler> jobs() {
    return terms.handlers();
  }

  @Override
  public List<PersonalData> personalData() {
    return List.of(new MentorshipData(mentorships, departures));
  }
}
