package org.mentorbot.discord;

import java.time.Duration;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import org.mentorbot.core.messaging.DeliveryResult;

/** Discord's refusals as delivery results, each saying what a moderator can do about it. */
final class DeliveryErrors {
  static final Duration OUTAGE_RETRY = Duration.ofMinutes(1);

  private DeliveryErrors() {}

  static DeliveryResult rateLimited(RateLimitedException e) {
    return new DeliveryResult.RetryLater(
        Duration.ofMillis(Math.max(e.getRetryAfter(), 0)), "Discord rate limit");
  }

  /** A refusal while messaging one member directly. */
  static DeliveryResult toUser(String userId, ErrorResponseException e) {
    return switch (e.getErrorResponse()) {
      case CANNOT_SEND_TO_USER ->
          new DeliveryResult.Undeliverable(
              "<@"
                  + userId
                  + "> has DMs closed for this server; they can allow direct messages from"
                  + " server members in the server's Privacy Settings.");
      case UNKNOWN_USER ->
          new DeliveryResult.Undeliverable(
              "<@" + userId + "> is not a Discord user the bot can reach (left or deleted).");
      default -> other(e);
    };
  }

  /** Why a member could not be added to an intro thread; the others still get the intro. */
  static String notAdded(String userId, ErrorResponseException e) {
    return switch (e.getErrorResponse()) {
      case UNKNOWN_MEMBER, UNKNOWN_USER ->
          "<@" + userId + "> is not in the server any more, so they are not in the intro thread.";
      default ->
          "<@"
              + userId
              + "> could not be added to the intro thread ("
              + e.getErrorCode()
              + ": "
              + e.getMeaning()
              + ").";
    };
  }

  /** A refusal while posting in a channel or thread. */
  static DeliveryResult toChannel(String channelId, ErrorResponseException e) {
    return switch (e.getErrorResponse()) {
      case UNKNOWN_CHANNEL ->
          new DeliveryResult.Undeliverable(
              "Channel <#"
                  + channelId
                  + "> no longer exists; choose another one with /mentor config.");
      case MISSING_ACCESS, MISSING_PERMISSIONS ->
          new DeliveryResult.Undeliverable(
              "The bot may not post in <#"
                  + channelId
                  + ">; give its role View Channel, Send Messages, Embed Links and Attach Files"
                  + " there (for intro threads also Create Private Threads and Send Messages in"
                  + " Threads).");
      default -> other(e);
    };
  }

  /** JDA saw from its cache that a permission is missing, before asking Discord. */
  static DeliveryResult missingPermission(String channelId, PermissionException e) {
    return new DeliveryResult.Undeliverable(
        "The bot lacks "
            + e.getPermission().getName()
            + " in <#"
            + channelId
            + ">; grant it to the bot's role there.");
  }

  static DeliveryResult unreachable(RuntimeException e) {
    return new DeliveryResult.RetryLater(OUTAGE_RETRY, "Discord unreachable: " + e.getMessage());
  }

  private static DeliveryResult other(ErrorResponseException e) {
    if (e.isServerError() || e.getErrorCode() == -1) {
      return new DeliveryResult.RetryLater(OUTAGE_RETRY, "Discord error: " + e.getMeaning());
    }
    return new DeliveryResult.Undeliverable(
        "Discord refused the message (" + e.getErrorCode() + ": " + e.getMeaning() + ").");
  }
}
