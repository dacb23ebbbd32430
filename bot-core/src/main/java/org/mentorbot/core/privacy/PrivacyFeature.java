package org.mentorbot.core.privacy;

import java.util.List;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.feature.Feature;
import org.mentorbot.core.feature.PersonalData;

/** {@code /mentor export} and {@code /mentor forget-me}, across every feature's personal data. */
public final class PrivacyFeature implements Feature {

  private final ForgetMeCommand forgetMe;
  private final ExportCommand export;

  public PrivacyFeature(CoreContext context, List<PersonalData> holders) {
    Privacy privacy = new Privacy(holders);
    this.forgetMe = new ForgetMeCommand(context, privacy);
    this.export = new ExportCommand(context, privacy);
  }

  @Override
  public List<CommandHandler> commands() {
    return List.of(forgetMe, export);
  }

  @Override
  public List<ActionHandler> actions() {
    return List.of(forgetMe);
  }
}
