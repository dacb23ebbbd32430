package org.mentorbot.app.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.CommandGateway;

/** Issue 17: a platform that fails to start must not leave the ones before it running. */
class PlatformsStartTest {

  @Test
  void whenSlackFailsAfterDiscordConnectedDiscordIsClosed() {
    List<String> closed = new ArrayList<>();
    List<Function<CommandGateway, Platforms.Started>> starters =
        List.of(
            commands -> () -> closed.add("discord"),
            commands -> {
              throw new IllegalStateException("Slack did not start: invalid_auth");
            });

    assertThatThrownBy(() -> new Platforms.Prepared(starters).start(null))
        .hasMessageContaining("Slack did not start");
    assertThat(closed).containsExactly("discord");
  }

  @Test
  void anErrorWhileStartingAlsoClosesWhatStarted() {
    List<String> closed = new ArrayList<>();
    List<Function<CommandGateway, Platforms.Started>> starters =
        List.of(
            commands -> () -> closed.add("discord"),
            commands -> {
              throw new NoClassDefFoundError("org/java_websocket/client/WebSocketClient");
            });

    assertThatThrownBy(() -> new Platforms.Prepared(starters).start(null))
        .isInstanceOf(NoClassDefFoundError.class);
    assertThat(closed).containsExactly("discord");
  }
}
