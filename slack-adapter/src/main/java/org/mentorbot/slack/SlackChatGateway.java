package org.mentorbot.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.messaging.Attachment;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.slack.blocks.MessageBlocks;

/**
 * Delivers the core's messages to Slack: a direct message or a group conversation is opened with
 * {@code conversations.open} (one call, Slack returns the same conversation every time), then
 * {@code chat.postMessage} posts the Block Kit message. A chart goes first through the v2 file
 * upload into the same conversation. Rate limits and outages become {@code RetryLater}, never a
 * dropped message.
 */
public final class SlackChatGateway implements ChatGateway, AutoCloseable {

  private final Slack slack;
  private final MethodsClient client;
  private final SlackActors names;

  /** A gateway with its own Slack client, for the composition root. */
  public SlackChatGateway(SlackSettings settings) {
    this(SlackBot.slackClient(settings), settings.botToken());
  }

  SlackChatGateway(Slack slack, String botToken) {
    this.slack = slack;
    this.client = slack.methods(botToken);
    this.names = new SlackActors(client, Optional.empty(), Duration.ofMinutes(5));
  }

  /** Thrown inside one delivery to stop at the first step Slack refused. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient DeliveryResult result;

    DeliveryResult result() {
      return result;
    }

    Refused(DeliveryResult result) {
      super(null, null, false, false);
      this.result = result;
    }
  }

  @Override
  public DeliveryResult deliver(CommunityId community, Destination destination, Message message) {
    Objects.requireNonNull(message, "message");
    if (community.platform() != Platform.SLACK) {
      throw new IllegalArgumentException("not a Slack community: " + community);
    }
    try {
      String channel = channelOf(destination);
      if (message.attachment().isPresent()) {
        upload(channel, message.attachment().get());
      }
      ChatPostMessageResponse posted =
          client.chatPostMessage(
              r ->
                  r.channel(channel)
                      .text(MessageBlocks.fallbackText(message, names::nameOf))
                      .blocks(MessageBlocks.of(message, names::nameOf))
                      .unfurlLinks(false)
                      .unfurlMedia(false));
      if (!posted.isOk()) {
        return DeliveryErrors.ofError(posted.getError());
      }
      return DeliveryResult.delivered();
    } catch (Refused refused) {
      return refused.result;
    } catch (SlackApiException e) {
      return DeliveryErrors.ofHttp(e);
    } catch (IOException e) {
      return DeliveryErrors.ofNetwork(e);
    }
  }

  /** The conversation id to post to; opens the DM or group DM when needed. */
  String channelOf(Destination destination) throws IOException, SlackApiException, Refused {
    if (destination instanceof Destination.Channel channel) {
      return channel.channelId();
    }
    List<String> users =
        destination instanceof Destination.DirectMessage dm
            ? List.of(dm.userId())
            : ((Destination.Conversation) destination).userIds();
    ConversationsOpenResponse opened = client.conversationsOpen(r -> r.users(users));
    if (!opened.isOk() || opened.getChannel() == null) {
      throw new Refused(DeliveryErrors.ofError(opened.getError()));
    }
    return opened.getChannel().getId();
  }

  /** Shares a file into a conversation with the v2 upload flow. */
  void upload(String channel, Attachment attachment)
      throws IOException, SlackApiException, Refused {
    try {
      FilesUploadV2Response uploaded =
          client.filesUploadV2(
              r ->
                  r.channel(channel)
                      .fileData(attachment.content())
                      .filename(attachment.fileName())
                      .title(attachment.fileName()));
      if (!uploaded.isOk()) {
        throw new Refused(DeliveryErrors.ofError(uploaded.getError()));
      }
    } catch (SlackFilesUploadV2Exception e) {
      throw new Refused(uploadFailure(e));
    }
  }

  private static DeliveryResult uploadFailure(SlackFilesUploadV2Exception e) {
    for (FilesGetUploadURLExternalResponse response : e.getGetURLResponses()) {
      if (!response.isOk()) {
        return DeliveryErrors.ofError(response.getError());
      }
    }
    if (e.getCompleteResponse() != null && !e.getCompleteResponse().isOk()) {
      return DeliveryErrors.ofError(e.getCompleteResponse().getError());
    }
    return new DeliveryResult.RetryLater(
        DeliveryErrors.DEFAULT_RETRY, "Slack did not accept the file upload");
  }

  @Override
  public void close() {
    SlackBot.closeClient(slack);
  }
}
