package org.mentorbot.core.matching;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.mentorship.Mentorships;
import org.mentorbot.core.messaging.ChannelCheck;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.roster.RosterStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the round commands and jobs share: context, stores, planner and the usual lookups. */
final class Rounds {

  private static final Logger LOG = LoggerFactory.getLogger(Rounds.class);

  final CoreContext context;
  final RoundStore rounds = new RoundStore();
  final PairStore pairs = new PairStore();
  final RosterStore roster;
  final Planner planner;
  final List<RoundListener> listeners;
  final Mentorships mentorships;

  Rounds(CoreContext context, List<RoundListener> listeners, Mentorships mentorships) {
    this.context = context;
    this.mentorships = mentorships;
    this.roster = new RosterStore(context.clock());
    this.planner = new Planner(rounds, pairs, context.clock(), mentorships);
    this.listeners = List.copyOf(listeners);
  }

  Instant now() {
    return context.clock().instant();
  }

  /** The community's row id, created if new; call first in a write transaction. */
  long communityId(Handle tx, CommunityId community) {
    return context.communities().idOf(tx, community);
  }

  Optional<Long> find(Handle h, CommunityId community) {
    return context.communities().find(h, community);
  }

  CommunitySettings settings(Handle h, CommunityId community) {
    return context.settings().load(h, community);
  }

  Optional<Round> open(Handle h, CommunityId community) {
    return find(h, community).flatMap(c -> rounds.open(h, c));
  }

  /** The open round, or a problem that says what the latest round is and what to do. */
  Round requireOpen(Handle h, CommunityId community) {
    return open(h, community).orElseThrow(() -> noOpenRound(h, community));
  }

  ProblemException noOpenRound(Handle h, CommunityId community) {
    Optional<Round> latest =
        find(h, community).flatMap(c -> rounds.recent(h, c, 1).stream().findFirst());
    if (latest.isPresent() && latest.get().state().matched()) {
      Round r = latest.get();
      return new ProblemException(
          "No round is open: round "
              + r.number()
              + " was already published"
              + r.publishedAt().map(t -> " on " + Times.utc(t)).orElse("")
              + ".",
          "A moderator can open the next one with `/round open`.");
    }
    return new ProblemException(
        "No round is open right now.",
        "A moderator can open one with `/round open`; `/round status` shows what is planned.");
  }

  /**
   * Tells the moderators: their channel, else the announce channel. Without either there is nowhere
   * private to say it, so it is logged (without member text) instead of dropped silently.
   */
  void tellModerators(Handle tx, CommunityId community, Message m, String key) {
    Optional<String> channel = settings(tx, community).alertChannel();
    if (channel.isEmpty()) {
      LOG.warn("{}: no moderator or announce channel for notice {}", community, key);
      return;
    }
    context.outbox().enqueue(tx, community, new Destination.Channel(channel.get()), m, key);
  }

  /**
   * Posts to the announce channel when one is configured. The platform is asked first whether it
   * can post there (a channel named in the settings resolves to its id); when it cannot, the post
   * is still queued, so it is recorded as undeliverable and moderators are alerted, but the result
   * says it was not made.
   */
  Announcement announce(
      Handle tx, CommunityId community, CommunitySettings settings, Message m, String key) {
    if (settings.announceChannel().isEmpty()) {
      return new Announcement(false, Optional.empty());
    }
    String channel = settings.announceChannel().get();
    ChannelCheck check = context.channels().check(community, channel);
    String target = check instanceof ChannelCheck.Usable usable ? usable.channelId() : channel;
    context.outbox().enqueue(tx, community, new Destination.Channel(target), m, key);
    return check instanceof ChannelCheck.Unusable unusable
        ? new Announcement(false, Optional.of(unusable.problem()))
        : new Announcement(true, Optional.empty());
  }

  /** Whether an announcement is on its way; if a channel is set but unusable, why. */
  record Announcement(boolean made, Optional<String> problem) {}
}
