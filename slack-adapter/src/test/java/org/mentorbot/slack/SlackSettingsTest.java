package org.mentorbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {

  private static final String BOT = "xoxb-secret-bot-token-123456";
  private static final String APP = "xapp-secret-app-token-123456";
  private static final String SIGNING = "secret-signing-secret-123456";

  @Test
  void toStringNeverPrintsTheBotTokenAppTokenOrSigningSecret() {
    SlackSettings socket =
        new SlackSettings(
            BOT,
            Optional.of(APP),
            Optional.of(SIGNING),
            3000,
            "/slack/events",
            "https://slack.com/api/",
            Optional.of("mentor-mods"));
    SlackSettings http =
        new SlackSettings(
            BOT,
            Optional.empty(),
            Optional.of(SIGNING),
            3000,
            "/slack/events",
            "https://slack.com/api/",
            Optional.empty());

    assertThat(socket.toString() + http.toString())
        .doesNotContain(BOT)
        .doesNotContain(APP)
        .doesNotContain(SIGNING)
        .doesNotContain("secret");
    assertThat(socket.toString()).contains("mode=socket").contains("mentor-mods");
    assertThat(http.toString()).contains("mode=http 3000/slack/events");
  }

  @Test
  void aMistypedTokenIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(
            () ->
                new SlackSettings(
                    "xoxp-secret-user-token-1234",
                    Optional.of("secret-app-token-without-prefix"),
                    Optional.empty(),
                    3000,
                    "/slack/events",
                    "https://slack.com/api/",
                    Optional.empty()))
        .hasMessageContaining("xoxb-")
        .extracting(Throwable::getMessage)
        .asString()
        .doesNotContain("secret");
  }
}
