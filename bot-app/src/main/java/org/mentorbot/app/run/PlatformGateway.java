package org.mentorbot.app.run;

import java.util.EnumMap;
import java.util.Map;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.messaging.ChannelCheck;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;

/**
 * One core serves every configured platform: each message goes to the adapter of its community's
 * platform. A platform that is not running now (removed from the settings) cannot deliver, and its
 * rows are reported, not retried forever.
 */
final class PlatformGateway implements ChatGateway {

  private final Map<Platform, ChatGateway> gateways = new EnumMap<>(Platform.class);

  PlatformGateway with(Platform platform, ChatGateway gateway) {
    gateways.put(platform, gateway);
    return this;
  }

  @Override
  public DeliveryResult deliver(CommunityId community, Destination destination, Message message) {
    return deliver(community, destination, message, null);
  }

  @Override
  public DeliveryResult deliver(
      CommunityId community, Destination destination, Message message, String idempotencyKey) {
    ChatGateway gateway = gateways.get(community.platform());
    if (gateway == null) {
      return new DeliveryResult.Undeliverable(
          community.platform().name().toLowerCase(java.util.Locale.ROOT)
              + " is not configured in this run of mentorbot");
    }
    return idempotencyKey == null
        ? gateway.deliver(community, destination, message)
        : gateway.deliver(community, destination, message, idempotencyKey);
  }

  @Override
  public ChannelCheck checkChannel(CommunityId community, String channel) {
    ChatGateway gateway = gateways.get(community.platform());
    return gateway == null
        ? new ChannelCheck.Unchecked()
        : gateway.checkChannel(community, channel);
  }
}
