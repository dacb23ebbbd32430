package org.mentorbot.core.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.messaging.Attachment;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;

/** {@code /mentor export}: everything stored about the caller, as JSON in a direct message. */
final class ExportCommand implements CommandHandler {

  private final CoreContext context;
  private final Privacy privacy;

  ExportCommand(CoreContext context, Privacy privacy) {
    this.context = context;
    this.privacy = privacy;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("mentor", "export");
  }

  @Override
  public Reply handle(CommandRequest request) {
    String userId = request.actor().userId();
    return context
        .db()
        .write(
            tx -> {
              long community = context.communities().idOf(tx, request.community());
              long now = context.clock().millis();
              String json =
                  privacy.exportJson(
                      tx,
                      community,
                      userId,
                      Map.of(
                          "member", userId,
                          "community", request.community().toString(),
                          "exportedAt", context.clock().instant().toString()));
              Message dm =
                  Message.builder("Here is everything mentorbot stores about you.")
                      .attachment(
                          new Attachment(
                              "mentorbot-export.json",
                              "application/json",
                              json.getBytes(StandardCharsets.UTF_8)))
                      .build();
              context
                  .outbox()
                  .enqueue(
                      tx,
                      request.community(),
                      new Destination.DirectMessage(userId),
                      dm,
                      // Every export is its own message: two in the same second both arrive.
                      "export:" + userId + ":" + now + ":" + UUID.randomUUID());
              return Reply.privately("I've sent your data to you as a direct message (JSON).");
            });
  }
}
