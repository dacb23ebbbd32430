package org.mentorbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.slack.fake.FakeSlack;
import org.mentorbot.slack.fake.FakeSocketMode;
import org.mentorbot.slack.fake.ScriptedCore;
import org.mentorbot.slack.fake.SignedClient;

class SlackBotSocketModeTest {

  private static final Duration WAIT = Duration.ofSeconds(15);

  private FakeSlack fake;
  private FakeSocketMode socket;
  private ScriptedCore core;
  private SlackBot bot;

  @BeforeEach
  void start() throws Exception {
    fake = new FakeSlack();
    socket = new FakeSocketMode();
    fake.socketModeAt(socket.url());
    fake.user("U1", "Alice", false);
    core = new ScriptedCore();
    SlackSettings settings =
        new SlackSettings(
            "xoxb-test-token-000001",
            Optional.of("xapp-test-app-token-000001"),
            Optional.empty(),
            0,
            "/slack/events",
            fake.apiUrl(),
            Optional.empty());
    bot = new SlackBot(settings, core);
    bot.start();
    socket.awaitConnected(WAIT);
  }

  @AfterEach
  void stop() throws Exception {
    bot.close();
    socket.close();
    fake.close();
  }

  @Test
  void slashCommandOverTheSocketIsAnsweredInTheAck() throws Exception {
    core.answer(c -> Reply.publicly(Message.of("Queue for session 3: you are #2")));

    socket.send(
        "env-1",
        "slash_commands",
        SignedClient.slashCommand("/queue", "position 3", "U1", "C1", fake.responseUrl("socket")));

    JsonObject ack = socket.awaitAck("env-1", WAIT);
    JsonObject payload = ack.getAsJsonObject("payload");
    assertThat(payload.get("response_type").getAsString()).isEqualTo("in_channel");
    assertThat(payload.get("text").getAsString()).isEqualTo("Queue for session 3: you are #2");
    ScriptedCore.Call call = core.calls().get(0);
    assertThat(call.root()).isEqualTo("queue");
    assertThat(call.text()).isEqualTo("position 3");
    assertThat(call.invocation().community().externalId()).isEqualTo(FakeSlack.TEAM_ID);
    assertThat(fake.calls("apps.connections.open")).isNotEmpty();
  }
}
