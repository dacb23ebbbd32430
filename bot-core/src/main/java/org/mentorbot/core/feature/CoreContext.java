package org.mentorbot.core.feature;

import java.time.Clock;
import java.util.Objects;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunityStore;
import org.mentorbot.core.community.SettingsStore;
import org.mentorbot.core.messaging.ChannelCheck;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.schedule.Jobs;
import org.mentorbot.core.schedule.Outbox;
import org.mentorbot.core.storage.Database;

/** What every feature gets from the composition root: storage, time, and durable effects. */
public record CoreContext(
    Database db,
    Clock clock,
    CommunityStore communities,
    SettingsStore settings,
    Outbox outbox,
    Jobs jobs,
    ChannelDirectory channels) {
  public CoreContext {
    Objects.requireNonNull(db);
    Objects.requireNonNull(clock);
    Objects.requireNonNull(communities);
    Objects.requireNonNull(settings);
    Objects.requireNonNull(outbox);
    Objects.requireNonNull(jobs);
    Objects.requireNonNull(channels);
  }

  /** A context whose platform checks no channel (every channel is used as given). */
  public CoreContext(
      Database db,
      Clock clock,
      CommunityStore communities,
      SettingsStore settings,
      Outbox outbox,
      Jobs jobs) {
    this(
        db,
        clock,
        communities,
        settings,
        outbox,
        jobs,
        (c, channel) -> new ChannelCheck.Unchecked());
  }

  /**
   * The platforms' answer to "can you post in this channel?" (see {@link
   * ChatGateway#checkChannel}).
   */
  @FunctionalInterface
  public interface ChannelDirectory {
    ChannelCheck check(CommunityId community, String channel);
  }
}
