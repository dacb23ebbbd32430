package org.mentorbot.core.officehours;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.messaging.TimeTokens;
import org.mentorbot.core.roster.Profile;
import org.mentorbot.core.roster.RosterStore;

/** What the office-hours classes share: context, stores, clock, lookups and message delivery. */
final class OfficeHours {

  /** Owner id left on sessions of a mentor who asked to be forgotten. */
  static final String ERASED = "(erased)";

  /** The estimated service time before a session has served anyone. */
  static final Duration DEFAULT_SERVICE_TIME = Duration.ofMinutes(10);

  /** How many recent service times the estimate averages. */
  static final int RECENT_SERVICES = 5;

  static final int DEFAULT_MINUTES = 60;
  static final int DEFAULT_CAPACITY = 20;
  static final int MAX_QUESTION = 500;

  private final CoreContext context;
  private final SessionStore sessions = new SessionStore();
  private final EntryStore entries = new EntryStore();
  private final WeeklyScheduleStore schedules = new WeeklyScheduleStore();
  private final RosterStore roster;

  OfficeHours(CoreContext context) {
    this.context = context;
    this.roster = new RosterStore(context.clock());
  }

  CoreContext context() {
    return context;
  }

  SessionStore sessions() {
    return sessions;
  }

  EntryStore entries() {
    return entries;
  }

  WeeklyScheduleStore schedules() {
    return schedules;
  }

  Instant now() {
    return context.clock().instant();
  }

  long communityId(Handle tx, CommunityId community) {
    return context.communities().idOf(tx, community);
  }

  Optional<Long> findCommunity(Handle h, CommunityId community) {
    return context.communities().find(h, community);
  }

  CommunitySettings settings(Handle h, CommunityId community) {
    return context.settings().load(h, community);
  }

  /** The caller's mentor profile, or a problem saying how to become a mentor. */
  Profile requireMentor(Handle h, long communityId, Invocation invocation) {
    return roster
        .find(h, communityId, invocation.actor().userId())
        .filter(Profile::mentor)
        .orElseThrow(
            () ->
                new ProblemException(
                    "Only mentors hold office hours, and you are not a mentor on the roster.",
                    "Sign up with `/mentor signup mentor topics:...` first."));
  }

  /** Whether the member's roster pause ({@code /mentor pause}) is in force now. */
  boolean paused(Handle h, long communityId, String userId) {
    return roster
        .find(h, communityId, userId)
        .filter(p -> p.pausedOn(LocalDate.ofInstant(now(), zoneOf(p))))
        .isPresent();
  }

  /** The zone a mentor's times are read in: their profile's, else UTC. */
  ZoneId zoneOf(Profile mentor) {
    return mentor.zone().orElse(ZoneOffset.UTC);
  }

  void dm(Handle tx, CommunityId community, String userId, Message message, String key) {
    context.outbox().enqueue(tx, community, new Destination.DirectMessage(userId), message, key);
  }

  /** Posts to the announce channel; false when the community has none configured. */
  boolean announce(Handle tx, CommunityId community, Message message, String key) {
    Optional<String> channel = settings(tx, community).announceChannel();
    channel.ifPresent(
        c -> context.outbox().enqueue(tx, community, new Destination.Channel(c), message, key));
    return channel.isPresent();
  }

  static String mention(String userId) {
    return "<@" + userId + ">";
  }

  /** A date and time, shown by each platform in the reader's own zone. */
  static String when(Instant instant) {
    return TimeTokens.at(instant);
  }

  /** A time of day (the end of an open session), in the reader's own zone. */
  static String clock(Instant instant) {
    return TimeTokens.time(instant);
  }

  static String zoneName(ZoneId zone) {
    return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
  }

  /** "about 20 minutes", rounded up to whole minutes. */
  static String minutes(Duration d) {
    long m = (d.toSeconds() + 59) / 60;
    if (m <= 0) {
      return "no wait";
    }
    return "about " + m + (m == 1 ? " minute" : " minutes");
  }
}
