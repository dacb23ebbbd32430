package org.mentorbot.config;

import static org.mentorbot.config.EnvVars.SLACK_APP_TOKEN;
import static org.mentorbot.config.EnvVars.SLACK_BOT_TOKEN;
import static org.mentorbot.config.EnvVars.SLACK_SIGNING_SECRET;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Slack. It runs when {@link #botToken()} is present; {@link #activeMode()} says how it receives
 * events.
 *
 * @param mode the requested mode; {@link SlackMode#AUTO} picks by which secrets are set
 * @param botToken {@code xoxb-...}, from {@code SLACK_BOT_TOKEN}
 * @param appToken {@code xapp-...}, from {@code SLACK_APP_TOKEN}; enables Socket Mode
 * @param signingSecret from {@code SLACK_SIGNING_SECRET}; verifies HTTP-mode requests
 * @param port the local port HTTP mode listens on
 * @param path the request path HTTP mode serves (events, commands and interactions)
 * @param apiUrl the Web API base, always ending in {@code /}; tests point it at a local fake
 * @param moderatorGroup the user group (handle, without @) whose members moderate, if preset
 */
public record SlackConfig(
    SlackMode mode,
    Optional<Secret> botToken,
    Optional<Secret> appToken,
    Optional<Secret> signingSecret,
    int port,
    String path,
    URI apiUrl,
    Optional<String> moderatorGroup) {
  public static final int DEFAULT_PORT = 3000;
  public static final String DEFAULT_PATH = "/slack/events";
  public static final URI DEFAULT_API_URL = URI.create("https://slack.com/api/");

  public SlackConfig {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(botToken, "botToken");
    Objects.requireNonNull(appToken, "appToken");
    Objects.requireNonNull(signingSecret, "signingSecret");
    Objects.requireNonNull(path, "path");
    apiUrl = Urls.withTrailingSlash(Objects.requireNonNull(apiUrl, "apiUrl"));
    Objects.requireNonNull(moderatorGroup, "moderatorGroup");

    Problems problems = new Problems();
    problems.range("slack.port", port, 1, 65535);
    if (!path.startsWith("/") || path.chars().anyMatch(c -> c == '?' || c == '#' || c <= ' ')) {
      problems.add("slack.path", "must be a URL path starting with /, was " + Problems.show(path));
    }
    problems.url("slack.apiUrl", apiUrl, "http", "https");
    moderatorGroup.ifPresent(g -> problems.name("slack.moderatorGroup", g, 80, "mentor-mods"));
    checkSecrets(problems, mode, botToken, appToken, signingSecret);
    problems.throwIfAny();
  }

  /** Slack not configured: no secrets, every other setting at its default. */
  public static SlackConfig defaults() {
    return new SlackConfig(
        SlackMode.AUTO,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        DEFAULT_PORT,
        DEFAULT_PATH,
        DEFAULT_API_URL,
        Optional.empty());
  }

  public boolean enabled() {
    return botToken.isPresent();
  }

  /**
   * {@link SlackMode#SOCKET} or {@link SlackMode#HTTP}, never AUTO.
   *
   * @throws IllegalStateException when Slack is not {@link #enabled()}
   */
  public SlackMode activeMode() {
    if (!enabled()) {
      throw new IllegalStateException("Slack is not configured");
    }
    if (mode != SlackMode.AUTO) {
      return mode;
    }
    return appToken.isPresent() ? SlackMode.SOCKET : SlackMode.HTTP;
  }

  // Messages name the variables, never their values.
  private static void checkSecrets(
      Problems problems,
      SlackMode mode,
      Optional<Secret> botToken,
      Optional<Secret> appToken,
      Optional<Secret> signingSecret) {
    if (botToken.isPresent() && !botToken.get().value().startsWith("xoxb-")) {
      problems.add(SLACK_BOT_TOKEN, "must be the Bot User OAuth Token, which starts with xoxb-");
    }
    if (appToken.isPresent() && !appToken.get().value().startsWith("xapp-")) {
      problems.add(SLACK_APP_TOKEN, "must be an App-Level Token, which starts with xapp-");
    }
    String modeName = mode.name().toLowerCase(Locale.ROOT);
    if (mode == SlackMode.SOCKET && appToken.isEmpty()) {
      problems.add("slack.mode", "is socket, which needs " + SLACK_APP_TOKEN + "; it is not set");
    }
    if (mode == SlackMode.HTTP && signingSecret.isEmpty()) {
      problems.add(
          "slack.mode", "is http, which needs " + SLACK_SIGNING_SECRET + "; it is not set");
    }
    if (botToken.isEmpty()) {
      if (mode != SlackMode.AUTO) {
        problems.add(
            "slack.mode",
            "is " + modeName + ", which needs " + SLACK_BOT_TOKEN + "; it is not set");
      } else if (appToken.isPresent() || signingSecret.isPresent()) {
        problems.add(
            SLACK_BOT_TOKEN,
            "is not set, but "
                + (appToken.isPresent() ? SLACK_APP_TOKEN : SLACK_SIGNING_SECRET)
                + " is; Slack also needs the bot token (xoxb-...)");
      }
    } else if (mode == SlackMode.AUTO && appToken.isEmpty() && signingSecret.isEmpty()) {
      problems.add(
          SLACK_BOT_TOKEN,
          "is set, but neither "
              + SLACK_APP_TOKEN
              + " (Socket Mode) nor "
              + SLACK_SIGNING_SECRET
              + " (HTTP mode) is; set one of them");
    }
  }
}
