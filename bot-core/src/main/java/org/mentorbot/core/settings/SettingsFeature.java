package org.mentorbot.core.settings;

import java.util.List;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.feature.Feature;

/** Moderators' {@code /mentor config}. */
public final class SettingsFeature implements Feature {

  private final CoreContext context;

  public SettingsFeature(CoreContext context) {
    this.context = context;
  }

  @Override
  public List<CommandHandler> commands() {
    return List.of(new ConfigCommand(context));
  }
}
