package org.mentorbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorbot.core.community.Platform;

class SlackModeTest {
  private static final String BOT = "xoxb-bot";
  private static final String APP = "xapp-app";
  private static final String SIGNING = "signing-secret";

  @TempDir Path dir;
  Settings settings;

  @BeforeEach
  void setUp() {
    settings = new Settings(dir);
  }

  @Test
  void autoPicksSocketModeWhenTheAppTokenIsSet() {
    SlackConfig slack =
        settings.load("", Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_APP_TOKEN", APP)).slack();

    assertThat(slack.enabled()).isTrue();
    assertThat(slack.mode()).isEqualTo(SlackMode.AUTO);
    assertThat(slack.activeMode()).isEqualTo(SlackMode.SOCKET);
  }

  @Test
  void autoPicksHttpModeWhenOnlyTheSigningSecretIsSet() {
    SlackConfig slack =
        settings.load("", Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", SIGNING)).slack();

    assertThat(slack.activeMode()).isEqualTo(SlackMode.HTTP);
  }

  @Test
  void autoPrefersSocketModeWhenBothAreSet() {
    SlackConfig slack =
        settings
            .load(
                "",
                Map.of(
                    "SLACK_BOT_TOKEN",
                    BOT,
                    "SLACK_APP_TOKEN",
                    APP,
                    "SLACK_SIGNING_SECRET",
                    SIGNING))
            .slack();

    assertThat(slack.activeMode()).isEqualTo(SlackMode.SOCKET);
  }

  @Test
  void explicitHttpModeWinsOverAnAppToken() {
    SlackConfig slack =
        settings
            .load(
                "slack:\n  mode: http\n",
                Map.of(
                    "SLACK_BOT_TOKEN",
                    BOT,
                    "SLACK_APP_TOKEN",
                    APP,
                    "SLACK_SIGNING_SECRET",
                    SIGNING))
            .slack();

    assertThat(slack.activeMode()).isEqualTo(SlackMode.HTTP);
  }

  @Test
  void modeIsCaseInsensitive() {
    SlackConfig slack =
        settings
            .load(
                "slack:\n  mode: SOCKET\n", Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_APP_TOKEN", APP))
            .slack();

    assertThat(slack.activeMode()).isEqualTo(SlackMode.SOCKET);
  }

  @Test
  void explicitSocketModeWithoutItsAppTokenNamesTheVariable() {
    assertThat(
            settings.problems(
                "slack:\n  mode: socket\n",
                Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", SIGNING)))
        .containsExactly(
            new ConfigProblem(
                "slack.mode", "is socket, which needs SLACK_APP_TOKEN; it is not set"));
  }

  @Test
  void explicitHttpModeWithoutItsSigningSecretNamesTheVariable() {
    assertThat(
            settings.problems(
                "slack:\n  mode: http\n", Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_APP_TOKEN", APP)))
        .containsExactly(
            new ConfigProblem(
                "slack.mode", "is http, which needs SLACK_SIGNING_SECRET; it is not set"));
  }

  @Test
  void explicitModeWithoutAnySecretNamesEveryMissingVariable() {
    assertThat(settings.problems("slack:\n  mode: http\n", Map.of()))
        .containsExactly(
            new ConfigProblem(
                "slack.mode", "is http, which needs SLACK_SIGNING_SECRET; it is not set"),
            new ConfigProblem("slack.mode", "is http, which needs SLACK_BOT_TOKEN; it is not set"));
  }

  @Test
  void botTokenAloneIsNotEnough() {
    assertThat(settings.problems("", Map.of("SLACK_BOT_TOKEN", BOT)))
        .containsExactly(
            new ConfigProblem(
                "SLACK_BOT_TOKEN",
                "is set, but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP"
                    + " mode) is; set one of them"));
  }

  @Test
  void appTokenWithoutTheBotTokenIsAProblemNotASilentlyIgnoredSetting() {
    assertThat(settings.problems("", Map.of("SLACK_APP_TOKEN", APP)))
        .containsExactly(
            new ConfigProblem(
                "SLACK_BOT_TOKEN",
                "is not set, but SLACK_APP_TOKEN is; Slack also needs the bot token (xoxb-...)"));
  }

  @Test
  void swappedTokensAreCaughtWithoutShowingThem() {
    ConfigException failure =
        settings.failure(
            "", Map.of("SLACK_BOT_TOKEN", "xapp-swapped", "SLACK_APP_TOKEN", "xoxb-swapped"));

    assertThat(failure.problems())
        .containsExactly(
            new ConfigProblem(
                "SLACK_BOT_TOKEN", "must be the Bot User OAuth Token, which starts with xoxb-"),
            new ConfigProblem(
                "SLACK_APP_TOKEN", "must be an App-Level Token, which starts with xapp-"));
    assertThat(failure.getMessage()).doesNotContain("swapped");
  }

  @Test
  void noSlackSecretsMeansSlackIsOff() {
    MentorbotConfig config = settings.load("slack:\n  port: 4000\n", Map.of());

    assertThat(config.slack().enabled()).isFalse();
    assertThat(config.platforms()).doesNotContain(Platform.SLACK);
    assertThatThrownBy(() -> config.slack().activeMode())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Slack is not configured");
  }
}
