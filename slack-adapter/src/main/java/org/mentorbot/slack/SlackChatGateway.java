package org.mentorbot.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.messaging.Attachment;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.slack.blocks.MessageBlocks;
import org.mentorbot.slack.blocks.SlackLayout;
import org.mentorbot.slack.blocks.SlackMessage;
import org.mentorbot.slack.blocks.UnrenderableMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the core's messages to Slack: a direct message or a group conversation is opened with
 * {@code conversations.open} (one call, Slack returns the same conversation every time), then
 * {@code chat.postMessage} posts the Block Kit message, in several parts when it is longer than one
 * Slack message holds. A chart goes first through the v2 file upload into the same conversation.
 * Rate limits and outages become {@code RetryLater}, never a dropped message; a message Slack
 * cannot show becomes {@code Undeliverable} with the reason.
 *
 * <p>Each posted part carries the outbox's idempotency key in its message metadata. Before posting,
 * the key is noted in a {@link DeliveryJournal}; when a key comes back still noted (the process
 * died after posting, before the outbox recorded it), the conversation's recent history is searched
 * for it and parts already there are not posted again.
 */
public final class SlackChatGateway implements ChatGateway, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SlackChatGateway.class);

  /** The metadata event type the bot's posts carry; the payload holds {@code key}. */
  static final String METADATA_EVENT = "mentorbot_delivery";

  /** Slack's clock and ours may differ a little; search history from a bit before the attempt. */
  private static final Duration HISTORY_MARGIN = Duration.ofMinutes(2);

  private static final int HISTORY_LIMIT = 200;

  private final Slack slack;
  private final MethodsClient client;
  private final AsyncWebApi api;
  private final SlackActors names;
  private final DeliveryJournal journal;
  private final Clock clock;

  /** A gateway with its own Slack client, for the composition root. */
  public SlackChatGateway(SlackSettings settings, DeliveryJournal journal) {
    this(SlackBot.slackClient(settings), settings.botToken(), journal, Clock.systemUTC());
  }

  /** A gateway whose journal lives only as long as it does (tests, benchmarks). */
  public SlackChatGateway(SlackSettings settings) {
    this(settings, DeliveryJournal.inMemory());
  }

  SlackChatGateway(Slack slack, String botToken, DeliveryJournal journal, Clock clock) {
    this.slack = slack;
    this.client = slack.methods(botToken);
    this.api = new AsyncWebApi(slack.getConfig().getMethodsEndpointUrlPrefix(), botToken);
    this.names = new SlackActors(api, Optional.empty(), Duration.ofMinutes(5));
    this.journal = Objects.requireNonNull(journal, "journal");
    this.clock = Objects.requireNonNull(clock, "clock");
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
    return send(community, destination, message, Optional.empty());
  }

  @Override
  public DeliveryResult deliver(
      CommunityId community, Destination destination, Message message, String idempotencyKey) {
    return send(community, destination, message, Optional.of(idempotencyKey));
  }

  private DeliveryResult send(
      CommunityId community, Destination destination, Message message, Optional<String> key) {
    Objects.requireNonNull(message, "message");
    if (community.platform() != Platform.SLACK) {
      throw new IllegalArgumentException("not a Slack community: " + community);
    }
    SlackLayout layout;
    try {
      layout = MessageBlocks.layout(message, names::nameOf);
    } catch (UnrenderableMessage e) {
      return new DeliveryResult.Undeliverable("Slack cannot show this message: " + e.getMessage());
    }
    String team = community.externalId();
    Optional<Instant> earlier = key.flatMap(k -> journal.begin(team, k, clock.instant()));
    boolean inDoubt = false; // some parts posted, others not: the retry must look first
    try {
      String channel = channelOf(destination);
      Set<String> posted = earlier.isPresent() ? postedSince(channel, earlier.get()) : Set.of();
      if (message.attachment().isPresent() && !posted.contains(partKey(key, 0).orElse(""))) {
        upload(channel, message.attachment().get());
      }
      List<SlackMessage> parts = layout.parts();
      for (int i = 0; i < parts.size(); i++) {
        Optional<String> partKey = partKey(key, i);
        if (partKey.isPresent() && posted.contains(partKey.get())) {
          continue; // posted before a crash: the retry must not post it twice
        }
        SlackMessage part = parts.get(i);
        ChatPostMessageResponse response =
            client.chatPostMessage(
                r -> {
                  r.channel(channel)
                      .text(part.text())
                      .blocks(part.blocks())
                      .unfurlLinks(false)
                      .unfurlMedia(false);
                  partKey.ifPresent(
                      k ->
                          r.metadata(
                              com.slack.api.model.Message.Metadata.builder()
                                  .eventType(METADATA_EVENT)
                                  .eventPayload(Map.of("key", k))
                                  .build()));
                  return r;
                });
        if (!response.isOk()) {
          inDoubt = i > 0;
          return DeliveryErrors.ofError(response.getError());
        }
      }
      if (layout.fullText().isPresent()) {
        upload(channel, layout.fullText().get());
      }
      return DeliveryResult.delivered();
    } catch (Refused refused) {
      return refused.result;
    } catch (SlackApiException e) {
      inDoubt = true;
      return DeliveryErrors.ofHttp(e);
    } catch (IOException e) {
      inDoubt = true; // a timeout may hide a post Slack accepted
      return DeliveryErrors.ofNetwork(e);
    } finally {
      if (!inDoubt) {
        key.ifPresent(k -> journal.finish(team, k));
      }
    }
  }

  /** The key part {@code i} carries: the outbox key for the first, {@code key#2}... after. */
  private static Optional<String> partKey(Optional<String> key, int i) {
    return key.map(k -> i == 0 ? k : k + "#" + (i + 1));
  }

  /**
   * The delivery keys of the bot's messages in {@code channel} since a little before {@code since}.
   * A failed search (no history scope, say) is logged and treated as "nothing posted": the delivery
   * then stays at-least-once, as without metadata.
   */
  private Set<String> postedSince(String channel, Instant since) {
    Set<String> keys = new HashSet<>();
    Instant from = since.minus(HISTORY_MARGIN);
    String oldest = from.getEpochSecond() + "." + String.format("%06d", from.getNano() / 1000);
    try {
      ConversationsHistoryResponse history =
          client.conversationsHistory(
              r -> r.channel(channel).oldest(oldest).limit(HISTORY_LIMIT).includeAllMetadata(true));
      if (!history.isOk()) {
        log.warn(
            "conversations.history refused ({}); the retry may repeat a message",
            history.getError());
        return keys;
      }
      for (com.slack.api.model.Message m :
          history.getMessages() == null
              ? List.<com.slack.api.model.Message>of()
              : history.getMessages()) {
        com.slack.api.model.Message.Metadata metadata = m.getMetadata();
        if (metadata != null
            && METADATA_EVENT.equals(metadata.getEventType())
            && metadata.getEventPayload() != null
            && metadata.getEventPayload().get("key") instanceof String key) {
          keys.add(key);
        }
      }
    } catch (IOException | SlackApiException e) {
      log.warn("conversations.history failed ({}); the retry may repeat a message", e.getMessage());
    }
    return keys;
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

  /** Stops this gateway's own HTTP threads, leaving a shared Slack client open. */
  void closeApi() {
    api.close();
  }

  @Override
  public void close() {
    api.close();
    SlackBot.closeClient(slack);
  }
}
