package org.mentorbot.app.console;

import java.io.PrintStream;
import java.util.stream.Collectors;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;

/**
 * Delivers messages by printing them: {@code [dm @alice]}, {@code [dm @alice @bob]}, {@code
 * [#channel]}; files are shown and saved by {@link ConsoleFiles}.
 */
final class ConsoleGateway implements ChatGateway {

  private final PrintStream out;
  private final ConsoleFiles files;

  ConsoleGateway(PrintStream out, ConsoleFiles files) {
    this.out = out;
    this.files = files;
  }

  @Override
  public DeliveryResult deliver(CommunityId community, Destination destination, Message message) {
    String note = message.attachment().map(files::note).orElse(null);
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
}
