package org.mentorbot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the core's messages on Discord. Requests are made without JDA's own rate-limit queue
 * ({@code complete(false)}): a 429 comes back as {@link DeliveryResult.RetryLater} so the outbox
 * keeps the row and sends it after Retry-After, instead of a worker blocking inside JDA. An intro
 * for several members goes to a private thread under the match channel with the members added;
 * without one (not configured, or no permission) each member gets a direct message, since bots
 * cannot open group DMs.
 */
public final class DiscordChatGateway implements ChatGateway {
  private static final Logger log = LoggerFactory.getLogger(DiscordChatGateway.class);
  private static final int MAX_THREAD_NAME = 100;

  private final Supplier<List<JDA>> shards;
  private final Optional<String> matchChannel;
  private final MessageRenderer renderer = new MessageRenderer();

  public DiscordChatGateway(Supplier<List<JDA>> shards, Optional<String> matchChannel) {
    this.shards = Objects.requireNonNull(shards, "shards");
    this.matchChannel = Objects.requireNonNull(matchChannel, "matchChannel");
  }

  @Override
  public DeliveryResult deliver(CommunityId community, Destination destination, Message message) {
    if (community.platform() != Platform.DISCORD) {
      return new DeliveryResult.Undeliverable("not a Discord community: " + community);
    }
    if (shards.get().isEmpty()) {
      return new DeliveryResult.RetryLater(
          DeliveryErrors.OUTAGE_RETRY, "Discord not connected yet");
    }
    try {
      if (destination instanceof Destination.DirectMessage dm) {
        return directMessage(dm.userId(), dmData(community, message), false);
      }
      if (destination instanceof Destination.Channel channel) {
        return post(community, channel.channelId(), renderer.render(message));
      }
      Destination.Conversation conversation = (Destination.Conversation) destination;
      return conversation(community, conversation.userIds(), conversation.placeIn(), message);
    } catch (RuntimeException e) {
      log.warn("Delivery to {} in {} failed", destination, community, e);
      return DeliveryErrors.unreachable(e);
    }
  }

  /**
   * @param queued let JDA wait out rate limits itself; used once part of a delivery happened, so a
   *     retry of the whole would send something twice
   */
  private DeliveryResult directMessage(String userId, MessageCreateData data, boolean queued) {
    if (!isSnowflake(userId)) {
      return new DeliveryResult.Undeliverable(userId + " is not a Discord user id.");
    }
    try {
      PrivateChannel channel = complete(anyShard().openPrivateChannelById(userId), queued);
      complete(channel.sendMessage(data), queued);
      return DeliveryResult.delivered();
    } catch (RateLimitedException e) {
      return DeliveryErrors.rateLimited(e);
    } catch (ErrorResponseException e) {
      return DeliveryErrors.toUser(userId, e);
    }
  }

  private DeliveryResult post(CommunityId community, String channelId, MessageCreateData data) {
    Optional<GuildMessageChannel> channel =
        channel(community, channelId, GuildMessageChannel.class);
    if (channel.isEmpty()) {
      return DeliveryErrors.unknownChannel(channelId);
    }
    try {
      channel.get().sendMessage(data).complete(false);
      return DeliveryResult.delivered();
    } catch (RateLimitedException e) {
      return DeliveryErrors.rateLimited(e);
    } catch (ErrorResponseException e) {
      return DeliveryErrors.toChannel(channelId, e);
    } catch (PermissionException e) {
      return DeliveryErrors.missingPermission(channelId, e);
    }
  }

  private DeliveryResult conversation(
      CommunityId community, List<String> userIds, Optional<String> placeIn, Message message) {
    MessageCreateData data = renderer.render(message);
    // The community's own /mentor config match-channel wins over the bot-wide default.
    Optional<TextChannel> parent =
        placeIn.or(() -> matchChannel).flatMap(c -> matchChannel(community, c));
    if (parent.isPresent() && userIds.stream().allMatch(DiscordChatGateway::isSnowflake)) {
      ThreadChannel thread;
      try {
        thread =
            parent
                .get()
                .createThreadChannel(threadName(message), true)
                .setInvitable(false)
                .complete(false);
      } catch (RateLimitedException e) {
        return DeliveryErrors.rateLimited(e);
      } catch (ErrorResponseException | PermissionException e) {
        log.warn(
            "Cannot open an intro thread in {} ({}); sending direct messages instead",
            parent.get().getId(),
            e.getMessage());
        return directMessages(userIds, dmData(community, message));
      }
      // The thread exists now: from here JDA waits out rate limits so nothing is sent twice.
      for (String userId : userIds) {
        thread.addThreadMemberById(userId).complete();
      }
      thread.sendMessage(data).complete();
      return DeliveryResult.delivered();
    }
    return directMessages(userIds, dmData(community, message));
  }

  private MessageCreateData dmData(CommunityId community, Message message) {
    return renderer.render(message, Optional.of(community.externalId()));
  }

  /**
   * One DM each. Delivered when at least one member got it (the others are logged); a retry would
   * message the first ones again.
   */
  private DeliveryResult directMessages(List<String> userIds, MessageCreateData data) {
    List<String> problems = new ArrayList<>();
    boolean anyDelivered = false;
    for (String userId : userIds) {
      DeliveryResult result = directMessage(userId, data, anyDelivered);
      if (result instanceof DeliveryResult.Delivered) {
        anyDelivered = true;
      } else if (result instanceof DeliveryResult.RetryLater retry && !anyDelivered) {
        return retry;
      } else {
        problems.add(reason(result));
      }
    }
    if (!anyDelivered) {
      return new DeliveryResult.Undeliverable(String.join(" ", problems));
    }
    if (!problems.isEmpty()) {
      log.warn("Intro reached only some members: {}", String.join(" ", problems));
    }
    return DeliveryResult.delivered();
  }

  private <T extends GuildMessageChannel> Optional<T> channel(
      CommunityId community, String channelId, Class<T> type) {
    if (!isSnowflake(channelId)) {
      return Optional.empty();
    }
    for (JDA jda : shards.get()) {
      T channel = jda.getChannelById(type, channelId);
      if (channel != null) {
        // A channel of another guild is never a target for this community's messages.
        return Optional.of(channel)
            .filter(c -> c.getGuild().getId().equals(community.externalId()));
      }
    }
    return Optional.empty();
  }

  /** The configured match channel in this community's server, by id or by name. */
  private Optional<TextChannel> matchChannel(CommunityId community, String idOrName) {
    if (isSnowflake(idOrName)) {
      return channel(community, idOrName, TextChannel.class);
    }
    return shards.get().stream()
        .map(jda -> jda.getGuildById(community.externalId()))
        .filter(Objects::nonNull)
        .flatMap(guild -> guild.getTextChannelsByName(idOrName, true).stream())
        .findFirst();
  }

  private JDA anyShard() {
    List<JDA> all = shards.get();
    if (all.isEmpty()) {
      throw new IllegalStateException("Discord is not connected");
    }
    return all.get(0);
  }

  private static <T> T complete(net.dv8tion.jda.api.requests.RestAction<T> action, boolean queued)
      throws RateLimitedException {
    return queued ? action.complete() : action.complete(false);
  }

  private static String threadName(Message message) {
    String name = message.title().isBlank() ? "Mentorship intro" : message.title();
    return MessageRenderer.clip(name, MAX_THREAD_NAME);
  }

  private static String reason(DeliveryResult result) {
    if (result instanceof DeliveryResult.Undeliverable u) {
      return u.reason();
    }
    if (result instanceof DeliveryResult.RetryLater r) {
      return r.reason();
    }
    return "";
  }

  private static boolean isSnowflake(String id) {
    return Snowflakes.isValid(id);
  }
}
