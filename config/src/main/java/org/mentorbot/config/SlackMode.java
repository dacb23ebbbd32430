package org.mentorbot.config;

/** How the Slack app receives events. */
public enum SlackMode {
  /** Socket Mode when {@code SLACK_APP_TOKEN} is set, else HTTP when a signing secret is. */
  AUTO,
  /** Socket Mode: an outbound WebSocket, no public URL needed; needs {@code SLACK_APP_TOKEN}. */
  SOCKET,
  /** HTTP: Slack posts signed requests to {@code slack.port}/{@code slack.path}. */
  HTTP
}
