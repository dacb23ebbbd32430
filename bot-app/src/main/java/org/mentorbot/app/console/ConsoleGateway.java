package org.mentorbot.app.console;

import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;

/**
 * Delivers messages by printing them: {@code [dm @alice]}, {@code [dm @alice @bob]}, {@code
 * [#channel]}; files are shown and saved by {@link ConsoleFiles}. Times in a direct message are
 * printed in the recipient's profile zone; in a channel or a conversation of several members, in
 * UTC (each full time names its zone).
 */
final class ConsoleGateway implements ChatGateway {

  private final PrintStream out;
  private final ConsoleFiles files;
  private final Function<String, Optional<ZoneId>> zones;
  private final Clock clock;

  /**
   * @param zones a member's profile zone, by user id
   */
  ConsoleGateway(
      PrintStream out, ConsoleFiles files, Function<String, Optional<ZoneId>> zones, Clock clock) {
    this.out = out;
    this.files = files;
    this.zones = zones;
    this.clock = clock;
  }

  @Override
  public DeliveryResult deliver(CommunityId community, Destination destination, Message message) {
    String note = message.attachment().map(files::note).orElse(null);
    ZoneId zone =
        destination instanceof Destination.DirectMessage dm
            ? zones.apply(dm.userId()).orElse(ZoneOffset.UTC)
            : ZoneOffset.UTC;
    out.println(ConsoleRenderer.render(label(destination), message, note, zone, clock.instant()));
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
