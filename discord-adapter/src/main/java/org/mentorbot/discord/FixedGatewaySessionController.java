package org.mentorbot.discord;

import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/** Connects to a configured gateway URL instead of asking Discord (a local fake, a proxy). */
final class FixedGatewaySessionController extends ConcurrentSessionController {
  private final String gatewayUrl;

  FixedGatewaySessionController(String gatewayUrl) {
    this.gatewayUrl = gatewayUrl;
  }

  @Override
  public String getGateway() {
    return gatewayUrl;
  }
}
