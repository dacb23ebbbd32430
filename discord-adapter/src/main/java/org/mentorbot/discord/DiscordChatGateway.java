package org.mentorbot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.messaging.ChannelCheck;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.messaging.DeliveryNotes;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.discord.render.DiscordLimits;
import org.mentorbot.discord.render.DiscordText;
import org.mentorbot.discord.render.MessageRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the core's messages on Discord. Requests are made without JDA's own rate-limit queue
 * ({@code complete(false)}): a 429 comes back as {@link DeliveryResult.RetryLater} so the outbox
 * keeps the row and sends it after Retry-After, instead of a worker blocking inside JDA.
 *
 * <p>Nothing is sent twice: every message carries a nonce derived from the outbox row's idempotency
 * key (see {@link Nonces}), which Discord de-duplicates; an intro thread is noted in {@link
 * DeliveryNotes} as soon as it exists, and a retry posts in it instead of opening another.
 *
 * <p>An intro for several members goes to a private thread under the match channel with the members
 * added; without one (not configured, or no permission) each member gets a direct message, since
 * bots cannot open group DMs. Channels may be named by id or by name (a name is looked up in the
 * community's own server, so one configured name serves every server).
 */
public final class DiscordChatGateway implements ChatGateway {
  private static final Logger log = LoggerFactory.getLogger(DiscordChatGateway.class);
  static final String THREAD_NOTE = "discord-thread";

  private final Supplier<List<JDA>> shards;
  private final Optional<String> matchChannel;
  private final DeliveryNotes notes;
  private final MessageRenderer renderer = new MessageRenderer();

  public DiscordChatGateway(
      Supplier<List<JDA>> shards, Optional<String> matchChannel, DeliveryNotes notes) {
    this.shards = Objects.requireNonNull(shards, "shards");
    this.matchChannel = Objects.requireNonNull(matchChannel, "matchChannel");
    this.notes = Objects.requireNonNull(notes, "notes");
  }

  @Override
  public DeliveryResult deliver(CommunityId community, Destination destination, Message message) {
    return deliver(community, destination, message, null);
  }

  /**
   * @param idempotencyKey the outbox row's key; {@code null} when the caller has none (then a retry
   *     may send again)
   */
  @Override
  public DeliveryResult deliver(
      CommunityId community, Destination destination, Message message, String idempotencyKey) {
    if (community.platform() != Platform.DISCORD) {
      return new DeliveryResult.Undeliverable("not a Discord community: " + community);
    }
    if (shards.get().isEmpty()) {
      return new DeliveryResult.RetryLater(
          DeliveryErrors.OUTAGE_RETRY, "Discord not connected yet");
    }
    Delivery delivery = new Delivery(community, Optional.ofNullable(idempotencyKey));
    List<MessageCreateData> parts;
    List<MessageCreateData> dmParts;
    try {
      parts = renderer.render(message);
      dmParts = renderer.render(message, id -> DmActions.wrap(community.externalId(), id));
    } catch (RuntimeException e) {
      // Retrying cannot help a message that cannot be shown; moderators hear of it instead.
      log.error("Cannot render a message for {} in {}", destination, community, e);
      return new DeliveryResult.Undeliverable(
          "The message cannot be shown on Discord (" + e.getMessage() + ").");
    }
    try {
      if (destination instanceof Destination.DirectMessage dm) {
        return directMessage(delivery, dm.userId(), dmParts, false);
      }
      if (destination instanceof Destination.Channel channel) {
        return post(delivery, channel.channelId(), parts);
      }
      Destination.Conversation conversation = (Destination.Conversation) destination;
      return conversation(delivery, conversation, message, parts, dmParts);
    } catch (RuntimeException e) {
      log.warn("Delivery to {} in {} failed", destination, community, e);
      return DeliveryErrors.unreachable(e);
    }
  }

  /** One delivery: its community and the outbox key its nonces and notes derive from. */
  private record Delivery(CommunityId community, Optional<String> key) {
    String nonce(String where, int part) {
      return key.map(k -> Nonces.of(community, k, where, part)).orElse(null);
    }
  }

  /**
   * @param queued let JDA wait out rate limits itself; used once part of a delivery happened, so a
   *     retry of the whole would send something twice
   */
  private DeliveryResult directMessage(
      Delivery delivery, String userId, List<MessageCreateData> parts, boolean queued) {
    if (!Snowflakes.isValid(userId)) {
      return new DeliveryResult.Undeliverable(userId + " is not a Discord user id.");
    }
    try {
      PrivateChannel channel = complete(anyShard().openPrivateChannelById(userId), queued);
      send(delivery, channel, "dm:" + userId, parts, queued);
      return DeliveryResult.delivered();
    } catch (RateLimitedException e) {
      return DeliveryErrors.rateLimited(e);
    } catch (ErrorResponseException e) {
      return DeliveryErrors.toUser(userId, e);
    }
  }

  private DeliveryResult post(Delivery delivery, String channelRef, List<MessageCreateData> parts) {
    ChannelLookup.Result found = lookup(delivery.community()).find(channelRef);
    if (found instanceof ChannelLookup.Missing missing) {
      return new DeliveryResult.Undeliverable(missing.problem());
    }
    GuildMessageChannel channel = ((ChannelLookup.Found) found).channel();
    try {
      send(delivery, channel, "channel", parts, false);
      return DeliveryResult.delivered();
    } catch (RateLimitedException e) {
      return DeliveryErrors.rateLimited(e);
    } catch (ErrorResponseException e) {
      return DeliveryErrors.toChannel(channel.getId(), e);
    } catch (PermissionException e) {
      return DeliveryErrors.missingPermission(channel.getId(), e);
    }
  }

  /** Sends the parts in order, each with its own nonce, so a retry repeats none of them. */
  private static void send(
      Delivery delivery,
      MessageChannel channel,
      String where,
      List<MessageCreateData> parts,
      boolean queued)
      throws RateLimitedException {
    for (int i = 0; i < parts.size(); i++) {
      complete(channel.sendMessage(parts.get(i)).setNonce(delivery.nonce(where, i)), queued);
    }
  }

  private DeliveryResult conversation(
      Delivery delivery,
      Destination.Conversation conversation,
      Message message,
      List<MessageCreateData> parts,
      List<MessageCreateData> dmParts) {
    List<String> userIds = conversation.userIds();
    // The community's own /mentor config match-channel wins over the bot-wide default.
    Optional<TextChannel> parent =
        conversation
            .placeIn()
            .or(() -> matchChannel)
            .flatMap(c -> lookup(delivery.community()).textChannel(c));
    if (parent.isEmpty() || !userIds.stream().allMatch(Snowflakes::isValid)) {
      return directMessages(delivery, userIds, dmParts);
    }
    ThreadChannel thread;
    try {
      Optional<ThreadChannel> earlier = earlierThread(delivery, parent.get().getGuild());
      if (earlier.isPresent()) {
        thread = earlier.get();
      } else {
        thread =
            parent
                .get()
                .createThreadChannel(threadName(message), true)
                .setInvitable(false)
                .complete(false);
        delivery
            .key()
            .ifPresent(k -> notes.put(delivery.community(), k, THREAD_NOTE, thread.getId()));
      }
    } catch (RateLimitedException e) {
      return DeliveryErrors.rateLimited(e);
    } catch (ErrorResponseException | PermissionException e) {
      log.warn(
          "Cannot open an intro thread in {} ({}); sending direct messages instead",
          parent.get().getId(),
          e.getMessage());
      return directMessages(delivery, userIds, dmParts);
    }
    return inThread(delivery, thread, userIds, parts);
  }

  /**
   * Adds the members and posts the intro. A member who cannot be added (left the server) is skipped
   * and named in the result, once; a temporary failure retries the whole, in the same thread.
   */
  private DeliveryResult inThread(
      Delivery delivery,
      ThreadChannel thread,
      List<String> userIds,
      List<MessageCreateData> parts) {
    List<String> missing = new ArrayList<>();
    try {
      for (String userId : userIds) {
        try {
          thread.addThreadMemberById(userId).complete(false);
        } catch (ErrorResponseException e) {
          if (e.isServerError() || e.getErrorCode() == -1) {
            throw e;
          }
          missing.add(DeliveryErrors.notAdded(userId, e));
        }
      }
      if (missing.size() == userIds.size()) {
        return new DeliveryResult.Undeliverable(String.join(" ", missing));
      }
      send(delivery, thread, "thread", parts, false);
    } catch (RateLimitedException e) {
      return DeliveryErrors.rateLimited(e);
    } catch (ErrorResponseException e) {
      return DeliveryErrors.toChannel(thread.getId(), e);
    }
    if (missing.isEmpty()) {
      return DeliveryResult.delivered();
    }
    return DeliveryResult.deliveredExcept(
        String.join(" ", missing) + " The others have the intro in <#" + thread.getId() + ">.");
  }

  /** The thread an earlier attempt of this delivery opened, if it still exists. */
  private Optional<ThreadChannel> earlierThread(Delivery delivery, Guild guild) {
    Optional<String> noted =
        delivery.key().flatMap(k -> notes.get(delivery.community(), k, THREAD_NOTE));
    if (noted.isEmpty()) {
      return Optional.empty();
    }
    String id = noted.get();
    for (JDA jda : shards.get()) {
      ThreadChannel cached = jda.getThreadChannelById(id);
      if (cached != null) {
        return Optional.of(cached);
      }
    }
    // Not cached (e.g. after a restart): ask Discord for the server's active threads.
    Optional<ThreadChannel> active;
    try {
      active =
          guild.retrieveActiveThreads().complete().stream()
              .filter(t -> t.getId().equals(id))
              .findFirst();
    } catch (ErrorResponseException e) {
      if (e.isServerError() || e.getErrorCode() == -1) {
        // Try again later rather than risk a second thread.
        throw new IllegalStateException("cannot list the server's threads: " + e.getMeaning(), e);
      }
      active = Optional.empty();
    }
    if (active.isEmpty()) {
      log.warn("Intro thread {} from an earlier attempt is gone; opening a new one", id);
    }
    return active;
  }

  /**
   * One DM each. Delivered when at least one member got it (the others are named in the result, so
   * moderators hear of them once); a retry would message the first ones again.
   */
  private DeliveryResult directMessages(
      Delivery delivery, List<String> userIds, List<MessageCreateData> parts) {
    List<String> problems = new ArrayList<>();
    boolean anyDelivered = false;
    for (String userId : userIds) {
      DeliveryResult result = directMessage(delivery, userId, parts, anyDelivered);
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
    return problems.isEmpty()
        ? DeliveryResult.delivered()
        : DeliveryResult.deliveredExcept(String.join(" ", problems));
  }

  /** From JDA's channel cache: no request to Discord. */
  @Override
  public ChannelCheck checkChannel(CommunityId community, String channel) {
    if (community.platform() != Platform.DISCORD || shards.get().isEmpty()) {
      return new ChannelCheck.Unchecked();
    }
    ChannelLookup.Result found = lookup(community).find(channel);
    return found instanceof ChannelLookup.Found f
        ? new ChannelCheck.Usable(f.channel().getId())
        : new ChannelCheck.Unusable(((ChannelLookup.Missing) found).problem());
  }

  /** Channels of this community's server, by id or name. */
  ChannelLookup lookup(CommunityId community) {
    return new ChannelLookup(shards.get(), community.externalId());
  }

  private JDA anyShard() {
    List<JDA> all = shards.get();
    if (all.isEmpty()) {
      throw new IllegalStateException("Discord is not connected");
    }
    return all.get(0);
  }

  private static <T> T complete(RestAction<T> action, boolean queued) throws RateLimitedException {
    return queued ? action.complete() : action.complete(false);
  }

  private static String threadName(Message message) {
    String name = message.title().isBlank() ? "Mentorship intro" : message.title();
    return DiscordText.clip(name, DiscordLimits.THREAD_NAME);
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
}
