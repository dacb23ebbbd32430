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
}
