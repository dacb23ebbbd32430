package org.mentorbot.core.feature;

import java.time.Clock;
import java.util.Objects;
import org.mentorbot.core.community.CommunityStore;
import org.mentorbot.core.community.SettingsStore;
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
    Jobs jobs) {
  public CoreContext {
    Objects.requireNonNull(db);
    Objects.requireNonNull(clock);
    Objects.requireNonNull(communities);
    Objects.requireNonNull(settings);
    Objects.requireNonNull(outbox);
    Objects.requireNonNull(jobs);
  }
}
