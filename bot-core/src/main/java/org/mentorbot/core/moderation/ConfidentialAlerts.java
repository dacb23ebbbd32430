package org.mentorbot.core.moderation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunityStore;
import org.mentorbot.core.community.SettingsStore;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.schedule.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way confidential things reach moderators (DESIGN §5): check-in notes, need-help and end
 * alerts, flagged feedback, stale pairs, undeliverable messages. They go to the moderators' channel
 * ({@code mod-channel}) or, when none is set, to each known moderator by direct message; never to
 * the announce channel or any other. Features call {@link #send} inside their transaction.
 */
public final class ConfidentialAlerts {

  private static final Logger LOG = LoggerFactory.getLogger(ConfidentialAlerts.class);
  private static final int MAX_KEY = 200;

  /** Where one alert went. */
  public sealed interface Route {
    /** Posted in the moderators' channel. */
    record ModChannel(String channelId) implements Route {}

    /** Sent to each of these moderators by direct message. */
    record ModeratorDms(List<String> moderatorIds) implements Route {
      public ModeratorDms {
        moderatorIds = List.copyOf(moderatorIds);
      }
    }

    /** Nowhere yet: no moderators' channel and no known moderator. Logged by key. */
    record Nowhere() implements Route {}
  }

  private final SettingsStore settings;
  private final Outbox outbox;
  private final CommunityStore communities;

  public ConfidentialAlerts(SettingsStore settings, Outbox outbox, CommunityStore communities) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.communities = Objects.requireNonNull(communities, "communities");
  }

  public static ConfidentialAlerts of(CoreContext context) {
    return new ConfidentialAlerts(context.settings(), context.outbox(), context.communities());
  }

  /** Where an alert for {@code community} would go now. */
  public Route route(Handle h, CommunityId community) {
    Optional<String> channel = settings.load(h, community).modChannel();
    if (channel.isPresent()) {
      return new Route.ModChannel(channel.get());
    }
    List<String> moderators =
        communities.find(h, community).map(c -> KnownModerators.list(h, c)).orElse(List.of());
    return moderators.isEmpty() ? new Route.Nowhere() : new Route.ModeratorDms(moderators);
  }

  /**
   * Enqueues {@code message} for the moderators only. {@code key} identifies the alert (ids only,
   * never member text): it is the idempotency key, and the only thing logged about it.
   */
  public Route send(Handle tx, CommunityId community, Message message, String key) {
    Route route = route(tx, community);
    if (route instanceof Route.ModChannel channel) {
      outbox.enqueue(tx, community, new Destination.Channel(channel.channelId()), message, key);
    } else if (route instanceof Route.ModeratorDms dms) {
      for (String moderator : dms.moderatorIds()) {
        outbox.enqueue(
            tx,
            community,
            new Destination.DirectMessage(moderator),
            message,
            dmKey(key, moderator));
      }
    } else {
      LOG.warn(
          "{}: confidential alert {} not sent: no mod-channel is set and no moderator is known yet",
          community,
          key);
    }
    return route;
  }

  private static String dmKey(String key, String moderator) {
    String full = key + ">dm:" + moderator;
    if (full.length() <= MAX_KEY) {
      return full;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(full.getBytes(StandardCharsets.UTF_8));
      return "alert-dm:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
