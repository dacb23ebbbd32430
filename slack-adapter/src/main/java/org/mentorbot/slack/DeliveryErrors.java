package org.mentorbot.slack;

import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.mentorbot.core.messaging.DeliveryResult;

/**
 * Maps what the Slack Web API said into a {@link DeliveryResult}: rate limits and outages are
 * retried later (never dropped), problems that will not go away are undeliverable with a reason a
 * moderator understands.
 */
final class DeliveryErrors {

  static final Duration DEFAULT_RETRY = Duration.ofSeconds(30);
  static final Duration CONFIGURATION_RETRY = Duration.ofMinutes(10);

  private static final Map<String, String> PERMANENT =
      Map.ofEntries(
          Map.entry("user_not_found", "the member is no longer in the workspace"),
          Map.entry("users_not_found", "a member is no longer in the workspace"),
          Map.entry("user_disabled", "the member's account is deactivated"),
          Map.entry("account_inactive", "the member's account is deactivated"),
          Map.entry("cannot_dm_bot", "the recipient is a bot, which cannot get direct messages"),
          Map.entry("channel_not_found", "the channel does not exist or the bot cannot see it"),
          Map.entry("is_archived", "the channel is archived"),
          Map.entry(
              "not_in_channel",
              "the bot is not a member of the channel; invite it with /invite @mentorbot"),
          Map.entry("restricted_action", "the workspace does not let the bot post there"),
          Map.entry("restricted_action_read_only_channel", "the channel is read-only for the bot"),
          Map.entry("too_many_users", "too many members for one group conversation (at most 8)"),
          Map.entry("not_enough_users", "a group conversation needs at least two other members"),
          Map.entry("msg_too_long", "Slack rejected the message as too long"),
          Map.entry("msg_blocks_too_long", "Slack rejected the message's blocks as too long"),
          Map.entry("invalid_blocks", "Slack rejected the message's layout"),
          Map.entry("no_text", "the message was empty"));

  private static final java.util.Set<String> TRANSIENT =
      java.util.Set.of(
          "internal_error", "fatal_error", "service_unavailable", "request_timeout", "timeout");

  private static final java.util.Set<String> CONFIGURATION =
      java.util.Set.of(
          "not_authed",
          "invalid_auth",
          "token_expired",
          "token_revoked",
          "missing_scope",
          "team_access_not_granted",
          "ekm_access_denied");

  private DeliveryErrors() {}

  /** An {@code ok:false} answer with error code {@code error}. */
  static DeliveryResult ofError(String error) {
    String code = error == null ? "unknown_error" : error;
    if ("ratelimited".equals(code)) {
      return new DeliveryResult.RetryLater(DEFAULT_RETRY, "Slack rate limit");
    }
    if (TRANSIENT.contains(code)) {
      return new DeliveryResult.RetryLater(DEFAULT_RETRY, "Slack is having trouble: " + code);
    }
    if (CONFIGURATION.contains(code)) {
      return new DeliveryResult.RetryLater(
          CONFIGURATION_RETRY, "Slack refused the bot token (" + code + "); check its scopes");
    }
    String reason = PERMANENT.get(code);
    return new DeliveryResult.Undeliverable(
        reason == null ? "Slack refused it: " + code : reason + " (" + code + ")");
  }

  /** A non-200 HTTP answer: 429 carries Retry-After; 5xx is an outage. */
  static DeliveryResult ofHttp(SlackApiException e) {
    int status = e.getResponse().code();
    if (status == 429) {
      return new DeliveryResult.RetryLater(
          retryAfter(e.getResponse().header("Retry-After")), "Slack rate limit (HTTP 429)");
    }
    if (status >= 500) {
      return new DeliveryResult.RetryLater(DEFAULT_RETRY, "Slack answered HTTP " + status);
    }
    if (e.getError() != null && e.getError().getError() != null) {
      return ofError(e.getError().getError());
    }
    return new DeliveryResult.Undeliverable("Slack answered HTTP " + status);
  }

  static DeliveryResult ofNetwork(IOException e) {
    return new DeliveryResult.RetryLater(DEFAULT_RETRY, "cannot reach Slack: " + e.getMessage());
  }

  static Duration retryAfter(String header) {
    if (header == null) {
      return DEFAULT_RETRY;
    }
    try {
      long seconds = Long.parseLong(header.strip());
      return seconds < 0 ? DEFAULT_RETRY : Duration.ofSeconds(seconds);
    } catch (NumberFormatException e) {
      return DEFAULT_RETRY;
    }
  }
}
