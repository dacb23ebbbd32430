package org.mentorbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import org.mentorbot.core.messaging.Attachment;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.slack.blocks.SlackMessage;
import org.mentorbot.slack.blocks.SlackReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a rendered reply where no {@code response_url} can: after a modal was submitted, when
 * {@code response_url} refused, or when a file must follow a reply. Ephemeral replies fall back to
 * a direct message when Slack will not show an ephemeral in that channel (the bot is not in it,
 * say). Blocking: call it from the worker pool.
 */
final class ReplySender {

  private static final Logger log = LoggerFactory.getLogger(ReplySender.class);

  private final MethodsClient client;
  private final SlackChatGateway gateway;

  ReplySender(MethodsClient client, SlackChatGateway gateway) {
    this.client = client;
    this.gateway = gateway;
  }

  /**
   * Shows {@code reply}'s messages from part {@code from} on to {@code userId} in {@code channelId}
   * (or in a DM when it has none), then its files.
   */
  void send(String channelId, String userId, SlackReply reply, int from) {
    try {
      if (channelId == null || channelId.isBlank()) {
        toUser(userId, reply, from);
        return;
      }
      for (int i = from; i < reply.parts().size(); i++) {
        SlackMessage part = reply.parts().get(i);
        if (reply.ephemeral()) {
          ChatPostEphemeralResponse response =
              client.chatPostEphemeral(
                  r -> r.channel(channelId).user(userId).text(part.text()).blocks(part.blocks()));
          if (!response.isOk()) {
            log.info("Ephemeral reply refused ({}); sending it as a DM", response.getError());
            toUser(userId, reply, i);
            return;
          }
        } else {
          post(channelId, part);
        }
      }
      attach(channelId, userId, reply);
    } catch (IOException | SlackApiException e) {
      log.warn("Could not send a reply to {} in {}: {}", userId, channelId, e.getMessage());
    }
  }

  /** Uploads a reply's files next to it: into the channel if public, else into the DM. */
  void attach(String channelId, String userId, SlackReply reply) {
    for (Attachment file : reply.files()) {
      try {
        String target =
            reply.ephemeral() || channelId == null
                ? gateway.channelOf(new Destination.DirectMessage(userId))
                : channelId;
        gateway.upload(target, file);
      } catch (SlackChatGateway.Refused e) {
        log.warn("Slack refused the file {}: {}", file.fileName(), e.result());
      } catch (IOException | SlackApiException e) {
        log.warn("Could not upload {}: {}", file.fileName(), e.getMessage());
      }
    }
  }

  private void toUser(String userId, SlackReply reply, int from)
      throws IOException, SlackApiException {
    String dm;
    try {
      dm = gateway.channelOf(new Destination.DirectMessage(userId));
    } catch (SlackChatGateway.Refused e) {
      log.warn("Cannot open a DM with {}: {}", userId, e.result());
      return;
    }
    for (int i = from; i < reply.parts().size(); i++) {
      post(dm, reply.parts().get(i));
    }
    attach(dm, userId, reply);
  }

  private void post(String channelId, SlackMessage part) throws IOException, SlackApiException {
    ChatPostMessageResponse response =
        client.chatPostMessage(
            r ->
                r.channel(channelId)
                    .text(part.text())
                    .blocks(part.blocks())
                    .unfurlLinks(false)
                    .unfurlMedia(false));
    if (!response.isOk()) {
      log.warn("Slack refused a reply in {}: {}", channelId, response.getError());
    }
  }
}
