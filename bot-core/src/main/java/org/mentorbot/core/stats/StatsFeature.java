package org.mentorbot.core.stats;

import java.util.List;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.feature.Feature;

/**
 * Stats as the router sees it: the {@code /mentor stats} command. It owns no tables and holds no
 * personal data of its own (it only reads other features' tables), so it lists no PersonalData.
 */
public final class StatsFeature implements Feature {

  private final StatsCommand stats;

  public StatsFeature(CoreContext context) {
    this.stats = new StatsCommand(context);
  }

  @Override
  public List<CommandHandler> commands() {
    return List.of(stats);
  }
}
