package org.mentorbot.slack;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach one Slack workspace. Socket Mode when {@code appToken} is present, else HTTP mode on
 * {@code port}/{@code path}, which needs {@code signingSecret} to verify Slack's requests. {@code
 * apiUrl} is the Web API prefix (tests point it at a local fake). Members of {@code
 * moderatorGroupId} (a user group's id such as {@code S0123}, or its handle such as {@code
 * mentor-mods}) count as platform moderators, like workspace admins and owners.
 */
public record SlackSettings(
    String botToken,
    Optional<String> appToken,
    Optional<String> signingSecret,
    int port,
    String path,
    String apiUrl,
    Optional<String> moderatorGroupId) {

  public static final String DEFAULT_API_URL = "https://slack.com/api/";
  public static final String DEFAULT_PATH = "/slack/events";
  public static final int DEFAULT_PORT = 3000;

  public SlackSettings {
    Objects.requireNonNull(botToken, "botToken");
    Objects.requireNonNull(appToken, "appToken");
    Objects.requireNonNull(signingSecret, "signingSecret");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(moderatorGroupId, "moderatorGroupId");
    if (!botToken.startsWith("xoxb-")) {
      throw new IllegalArgumentException(
          "SLACK_BOT_TOKEN must be a bot token starting with xoxb- (OAuth & Permissions page)");
    }
    appToken.ifPresent(
        t -> {
          if (!t.startsWith("xapp-")) {
            throw new IllegalArgumentException(
                "SLACK_APP_TOKEN must be an app-level token starting with xapp- (Basic"
                    + " Information > App-Level Tokens, scope connections:write)");
          }
        });
    if (appToken.isEmpty() && signingSecret.filter(s -> !s.isBlank()).isEmpty()) {
      throw new IllegalArgumentException(
          "Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("Slack HTTP port must be 0-65535, was " + port);
    }
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("Slack HTTP path must start with /, was " + path);
    }
    if (!apiUrl.endsWith("/")) {
      apiUrl = apiUrl + "/";
    }
    String scheme = URI.create(apiUrl).getScheme();
    if (!"https".equals(scheme) && !"http".equals(scheme)) {
      throw new IllegalArgumentException("Slack API URL must be http(s): " + apiUrl);
    }
    moderatorGroupId = moderatorGroupId.filter(g -> !g.isBlank());
  }

  public boolean socketMode() {
    return appToken.isPresent();
  }

  /** Never prints the bot token, app token or signing secret: only which mode they select. */
  @Override
  public String toString() {
    return "SlackSettings[mode="
        + (socketMode() ? "socket" : "http " + port + path)
        + ", apiUrl="
        + apiUrl
        + ", moderatorGroup="
        + moderatorGroupId.orElse("-")
        + "]";
  }
}
