package org.mentorbot.slack;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.mentorbot.core.command.CommandGateway;
import org.mentorbot.slack.fake.FakeSlack;
import org.mentorbot.slack.fake.SignedClient;

/** The real Bolt app in HTTP mode on a free loopback port, talking to a {@link FakeSlack}. */
final class HttpBotFixture implements AutoCloseable {

  static final String SECRET = "test-signing-secret-0123456789";
  static final String MOD_GROUP_ID = "S0MODS";

  /** The config names the moderator group by handle, as {@code slack.moderatorGroup} does. */
  static final String MOD_GROUP_HANDLE = "mentor-mods";

  final FakeSlack fake;
  final SlackBot bot;
  final SignedClient client;
  final int port;

  HttpBotFixture(CommandGateway core, Duration ackBudget) throws Exception {
    fake = new FakeSlack();
    port = freePort();
    SlackSettings settings =
        new SlackSettings(
            "xoxb-test-token-000001",
            Optional.empty(),
            Optional.of(SECRET),
            port,
            "/slack/events",
            fake.apiUrl(),
            Optional.of(MOD_GROUP_HANDLE));
    bot = new SlackBot(settings, core, ackBudget, 4);
    bot.start();
    client = new SignedClient(URI.create("http://127.0.0.1:" + port + "/slack/events"), SECRET);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    try {
      bot.close();
    } finally {
      fake.close();
    }
  }
}
