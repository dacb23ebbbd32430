package org.mentorbot.app.console;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.Attachment;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;

/**
 * Delivers messages by printing them: {@code [dm @alice]}, {@code [dm @alice @bob]}, {@code
 * [#channel]}. Attachments are written to a folder when one is given.
 */
final class ConsoleGateway implements ChatGateway {

  private final PrintStream out;
  private final Optional<Path> attachmentDir;

  ConsoleGateway(PrintStream out, Optional<Path> attachmentDir) {
    this.out = out;
    this.attachmentDir = attachmentDir;
  }

  @Override
  public DeliveryResult deliver(CommunityId community, Destination destination, Message message) {
    String note = message.attachment().map(this::save).orElse(null);
    out.println(ConsoleRenderer.render(label(destination), message, note));
    out.flush();
    return DeliveryResult.delivered();
  }

  static String label(Destination destination) {
    if (destination instanceof Destination.DirectMessage dm) {
      return "dm @" + dm.userId();
    }
    if (destination instanceof Destination.Channel channel) {
      return "#" + channel.channelId();
    }
    return ((Destination.Conversation) destination)
        .userIds().stream().map(u -> "@" + u).collect(Collectors.joining(" ", "dm ", ""));
  }

  private String save(Attachment attachment) {
    // No byte count: it changes with every new section of an export and would churn transcripts.
    if (attachmentDir.isEmpty()) {
      return "(file) " + attachment.fileName();
    }
    try {
      Files.createDirectories(attachmentDir.get());
      Path file = attachmentDir.get().resolve(Path.of(attachment.fileName()).getFileName());
      Files.write(file, attachment.content());
      return "(file) " + attachment.fileName() + ", saved to " + file;
    } catch (IOException e) {
      return "(file) " + attachment.fileName() + ", not saved: " + e.getMessage();
    }
  }
}
