package org.mentorbot.core.privacy;

import java.time.Duration;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Message;

/**
 * {@code /mentor forget-me}: asks to confirm, then erases every row about the member in one
 * transaction. The confirm button names the member and expires, so it erases only its owner's data
 * and only soon after asking.
 */
final class ForgetMeCommand implements CommandHandler, ActionHandler {

  static final String PREFIX = "forget";
  private static final Duration CONFIRM_WINDOW = Duration.ofMinutes(10);

  private final CoreContext context;
  private final Privacy privacy;

  ForgetMeCommand(CoreContext context, Privacy privacy) {
    this.context = context;
    this.privacy = privacy;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("mentor", "forget-me");
  }

  @Override
  public String prefix() {
    return PREFIX;
  }

  @Override
  public Reply handle(CommandRequest request) {
    String userId = request.actor().userId();
    long expires = context.clock().millis() + CONFIRM_WINDOW.toMillis();
    Message ask =
        Message.builder(
                "This erases your profile, matches, check-ins, feedback, queue entries and asks."
                    + " It cannot be undone. Are you sure?")
            .title("Erase all your data?")
            .button(
                Button.danger("Erase everything", PREFIX + ":confirm:" + userId + ":" + expires))
            .button(Button.secondary("Keep my data", PREFIX + ":cancel"))
            .build();
    return Reply.privately(ask);
  }

  @Override
  public Reply press(Invocation invocation, String argument) {
    if (argument.equals("cancel")) {
      return Reply.privately("Nothing was erased.");
    }
    String[] parts = argument.split(":");
    String userId = invocation.actor().userId();
    if (parts.length != 3 || !parts[0].equals("confirm") || !parts[1].equals(userId)) {
      throw new ProblemException("That button is not yours.", "Run `/mentor forget-me` yourself.");
    }
    if (context.clock().millis() > Long.parseLong(parts[2])) {
      throw new ProblemException(
          "That confirmation has expired.", "Run `/mentor forget-me` again if you still want it.");
    }
    context
        .db()
        .writeVoid(
            tx ->
                context
                    .communities()
                    .find(tx, invocation.community())
                    .ifPresent(community -> privacy.erase(tx, community, userId)));
    return Reply.privately("Done. Everything mentorbot stored about you has been erased.");
  }
}
