package org.mentorbot.app.scenario;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.mentorbot.app.console.ConsoleBridge;
import org.mentorbot.core.command.CommandGateway;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.RawCommand;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.command.Suggestion;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.roster.MemberZones;

/**
 * Records, at the core's two ports, what the core decided while a platform adapter drove it: each
 * reply to a member and each delivery to a destination the core chose. Both are written in the
 * console's words with the platform's ids mapped back to names, so they compare with the console.
 */
final class RecordingPorts {

  private final Transcript transcript;
  private final Identities ids;
  private final MemberZones zones;
  private final Clock clock;

  /** Times are written in each reader's profile zone, as the console prints them. */
  RecordingPorts(Transcript transcript, Identities ids, MemberZones zones, Clock clock) {
    this.transcript = transcript;
    this.ids = ids;
    this.zones = zones;
    this.clock = clock;
  }

  CommandGateway commands(CommandGateway core) {
    return new CommandGateway() {
      @Override
      public Reply runText(Invocation invocation, String root, String text) {
        return replied(invocation, core.runText(invocation, root, text));
      }

      @Override
      public Reply run(Invocation invocation, RawCommand command) {
        return replied(invocation, core.run(invocation, command));
      }

      @Override
      public Reply press(Invocation invocation, String actionId) {
        return replied(invocation, core.press(invocation, actionId));
      }

      @Override
      public List<Suggestion> suggest(
          Invocation invocation, String root, String sub, String option, String partial) {
        return core.suggest(invocation, root, sub, option, partial);
      }

      @Override
      public Message overview(Invocation invocation) {
        return core.overview(invocation);
      }
    };
  }

  ChatGateway chat(ChatGateway platform) {
    return (CommunityId community, Destination destination, Message message) -> {
      DeliveryResult result = platform.deliver(community, destination, message);
      ZoneId zone =
          destination instanceof Destination.DirectMessage dm
              ? zones.zoneOf(community, dm.userId()).orElse(ZoneOffset.UTC)
              : ZoneOffset.UTC;
      transcript.add(
          ids.toConsole(
              ConsoleBridge.render(
                  ConsoleBridge.label(destination), message, zone, clock.instant())));
      return result;
    };
  }

  private Reply replied(Invocation invocation, Reply reply) {
    String label = "reply @" + invocation.actor().userId();
    String block;
    ZoneId zone =
        zones.zoneOf(invocation.community(), invocation.actor().userId()).orElse(ZoneOffset.UTC);
    if (reply instanceof Reply.Shown shown) {
      block = ConsoleBridge.render(label, shown.message(), zone, clock.instant());
    } else {
      Reply.Problem problem = (Reply.Problem) reply;
      block =
          ConsoleBridge.block(
              label,
              problem.fix().isBlank()
                  ? List.of(problem.problem())
                  : List.of(problem.problem(), problem.fix()),
              zone,
              clock.instant());
    }
    transcript.add(ids.toConsole(block));
    return reply;
  }
}
