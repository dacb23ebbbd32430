package org.mentorbot.core.messaging;

import org.mentorbot.core.community.CommunityId;

/**
 * The outbound port: each adapter delivers neutral messages on its platform. Only the outbox
 * dispatcher calls it, so every message is a stored row before it is sent.
 */
public interface ChatGateway {

  /**
   * Delivers one message. Implementations block until the platform answered and never throw for
   * platform errors; they report them as a {@link DeliveryResult}.
   */
  DeliveryResult deliver(CommunityId community, Destination destination, Message message);

  /**
   * Delivers one outbox row. {@code idempotencyKey} is the row's key, unique per community: an
   * adapter whose platform can de-duplicate (Discord's nonce with {@code enforce_nonce}, a Slack
   * metadata look-up) passes it on, so a retry after a crash cannot post the message twice.
   * Gateways that cannot use it inherit this default.
   */
  default DeliveryResult deliver(
      CommunityId community, Destination destination, Message message, String idempotencyKey) {
    return deliver(community, destination, message);
  }

  /**
   * Checks a channel the settings name, by id or by name. Called inside command transactions, so it
   * must answer from what the adapter already knows (a cache), never wait on the network. Gateways
   * that cannot check inherit this default.
   */
  default ChannelCheck checkChannel(CommunityId community, String channel) {
    return new ChannelCheck.Unchecked();
  }
}
