package org.mentorbot.core.feature;

import java.util.List;
import java.util.Map;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.Suggester;
import org.mentorbot.core.schedule.JobHandler;

/**
 * One slice of the product as the router sees it: its command handlers, button handlers,
 * autocomplete, scheduled-job handlers, overview sections and personal data. The composition root
 * lists the features; nothing else needs to know them.
 */
public interface Feature {

  default List<CommandHandler> commands() {
    return List.of();
  }

  default List<ActionHandler> actions() {
    return List.of();
  }

  /** Suggesters by option name (e.g. {@code topic}, {@code mentor}, {@code session}). */
  default Map<String, Suggester> suggesters() {
    return Map.of();
  }

  default List<JobHandler> jobs() {
    return List.of();
  }

  default List<OverviewSection> overview() {
    return List.of();
  }

  default List<PersonalData> personalData() {
    return List.of();
  }
}
