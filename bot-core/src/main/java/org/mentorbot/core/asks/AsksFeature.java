package org.mentorbot.core.asks;

import java.util.List;
import java.util.Map;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.Suggester;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.feature.Feature;
import org.mentorbot.core.feature.OverviewSection;
import org.mentorbot.core.feature.PersonalData;
import org.mentorbot.core.schedule.JobHandler;

/** {@code /mentor ask}, its Accept / Decline buttons, expiry job, autocomplete, overview, data. */
public final class AsksFeature implements Feature {

  private final Asks asks;

  public AsksFeature(CoreContext context) {
    this.asks = new Asks(context);
  }

  @Override
  public List<CommandHandler> commands() {
    return List.of(new AskCommand(asks));
  }

  @Override
  public List<ActionHandler> actions() {
    return List.of(new AskAnswer(asks, true), new AskAnswer(asks, false));
  }

  @Override
  public Map<String, Suggester> suggesters() {
    return Map.of("mentor", new MentorSuggester(asks));
  }

  @Override
  public List<JobHandler> jobs() {
    return List.of(new AskExpiry(asks));
  }

  @Override
  public List<OverviewSection> overview() {
    return List.of(new AskOverview(asks));
  }

  @Override
  public List<PersonalData> personalData() {
    return List.of(new AskData(asks));
  }
}
