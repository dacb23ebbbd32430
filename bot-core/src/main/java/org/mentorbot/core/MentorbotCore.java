package org.mentorbot.core;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.mentorbot.core.asks.AsksFeature;
import org.mentorbot.core.checkin.CheckinFeature;
import org.mentorbot.core.command.CommandGateway;
import org.mentorbot.core.command.RateLimiter;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.community.CommunityStore;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.community.SettingsStore;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.feature.Feature;
import org.mentorbot.core.feature.PersonalData;
import org.mentorbot.core.matching.ActivePairsLoad;
import org.mentorbot.core.matching.MatchingFeature;
import org.mentorbot.core.meeting.MeetingFeature;
import org.mentorbot.core.mentorship.MentorshipFeature;
import org.mentorbot.core.mentorship.Mentorships;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.officehours.OfficeHoursFeature;
import org.mentorbot.core.privacy.PrivacyFeature;
import org.mentorbot.core.roster.RosterFeature;
import org.mentorbot.core.routing.CommandRouter;
import org.mentorbot.core.schedule.JobRunner;
import org.mentorbot.core.schedule.MessageCodec;
import org.mentorbot.core.schedule.OutboxDispatcher;
import org.mentorbot.core.schedule.OutboxRetention;
import org.mentorbot.core.schedule.SqlJobs;
import org.mentorbot.core.schedule.SqlOutbox;
import org.mentorbot.core.schedule.WorkerSettings;
import org.mentorbot.core.settings.SettingsFeature;
import org.mentorbot.core.stats.StatsFeature;
import org.mentorbot.core.storage.Database;

/**
 * The whole core wired together with plain {@code new}: features over one database, clock and chat
 * gateway. Front ends call {@link #commands()}; {@link #start()} runs the outbox dispatcher and job
 * runner in the background, {@link #runDueWork()} does one pass for the console and tests.
 */
public final class MentorbotCore implements AutoCloseable {

  /** How long delivered message bodies are kept unless configured otherwise. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);

  private static final Duration RETENTION_INTERVAL = Duration.ofHours(1);

  private final CommandRouter router;
  private final OutboxDispatcher dispatcher;
  private final JobRunner jobRunner;
  private final OutboxRetention retention;
  private final Clock clock;
  private long lastPurge = Long.MIN_VALUE / 2;

  private MentorbotCore(Builder b) {
    Clock clock = b.clock;
    this.clock = clock;
    this.retention =
        new OutboxRetention(b.database, clock, b.deliveredRetention, RETENTION_INTERVAL);
    CommunityStore communities = new CommunityStore(clock);
    MessageCodec codec = new MessageCodec();
    WorkerSettings workers = b.workerSettings;
    ModeratorAlerts alerts =
        new ModeratorAlerts(new SettingsStore(b.defaults, communities), codec, clock);
    this.dispatcher =
        new OutboxDispatcher(b.database, b.gateway, communities, codec, clock, workers, alerts);
    SqlOutbox outbox = new SqlOutbox(communities, codec, clock, dispatcher::wake);
    this.jobRunner = new JobRunner(b.database, communities, clock, workers, List.of(), alerts);
    SqlJobs jobs = new SqlJobs(communities, clock, jobRunner::wake);
    CoreContext context =
        new CoreContext(
            b.database,
            clock,
            communities,
            new SettingsStore(b.defaults, communities),
            outbox,
            jobs,
            b.gateway::checkChannel);

    List<Feature> features = new ArrayList<>();
    features.add(new SettingsFeature(context));
    Mentorships mentorships = new Mentorships(context);
    MentorshipFeature mentorshipFeature = new MentorshipFeature(mentorships);
    // Before the mentorship features: forget-me erases meetings while the memberships still exist.
    MeetingFeature meetings = new MeetingFeature(context, mentorships);
    mentorships.listen(meetings.mentorshipListener());
    mentorships.addToIntros(meetings::extendIntro);
    features.add(meetings);
    features.add(new RosterFeature(context, new ActivePairsLoad(), mentorshipFeature.departures()));
    CheckinFeature checkins = new CheckinFeature(context);
    mentorships.listen(checkins.mentorshipListener());
    features.add(new MatchingFeature(context, List.of(checkins.roundListener()), mentorships));
    features.add(mentorshipFeature);
    features.add(checkins);
    features.add(new AsksFeature(context));
    features.add(new OfficeHoursFeature(context));
    features.add(new StatsFeature(context));
    List<PersonalData> personal = new ArrayList<>();
    features.forEach(f -> personal.addAll(f.personalData()));
    features.add(new PrivacyFeature(context, personal));
    features.forEach(f -> f.jobs().forEach(jobRunner::register));
    this.router = new CommandRouter(context, features, b.rateLimiter);
  }

  public static Builder builder(Database database, ChatGateway gateway) {
    return new Builder(database, gateway);
  }

  /** The inbound port every front end calls. */
  public CommandGateway commands() {
    return router;
  }

  /** Starts delivering messages and running jobs in the background. */
  public void start() {
    jobRunner.start();
    dispatcher.start();
    retention.start();
  }

  /**
   * Runs every job that is due and delivers every message that is due, until nothing is left;
   * returns how many of each it handled together.
   */
  public int runDueWork() {
    if (clock.millis() - lastPurge >= RETENTION_INTERVAL.toMillis()) {
      lastPurge = clock.millis();
      retention.purge();
    }
    int total = 0;
    int round;
    do {
      round = jobRunner.drain();
      round += dispatcher.drain();
      total += round;
    } while (round > 0);
    return total;
  }

  @Override
  public void close() {
    retention.close();
    dispatcher.close();
    jobRunner.close();
  }

  /**
   * Stops the background work within {@code limit} in all: deliveries and jobs in progress finish
   * if they can; what is still running then is interrupted and its rows stay claimed by this
   * instance, which releases them when it starts again (DESIGN §6: nothing is lost).
   */
  public void close(Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    retention.close(remaining(deadline));
    dispatcher.close(remaining(deadline));
    jobRunner.close(remaining(deadline));
  }

  /** What is left of the budget, but at least a moment: an idle loop needs that to stop. */
  private static Duration remaining(long deadline) {
    return Duration.ofNanos(Math.max(MIN_STOP_WAIT.toNanos(), deadline - System.nanoTime()));
  }

  private static final Duration MIN_STOP_WAIT = Duration.ofMillis(500);

  /** Optional parts of the core, with production defaults. */
  public static final class Builder {
    private final Database database;
    private final ChatGateway gateway;
    private Clock clock = Clock.systemUTC();
    private Function<Platform, CommunitySettings> defaults = p -> CommunitySettings.defaults();
    private RateLimiter rateLimiter;
    private WorkerSettings workerSettings = WorkerSettings.defaults();
    private Duration deliveredRetention = DEFAULT_RETENTION;

    private Builder(Database database, ChatGateway gateway) {
      this.database = Objects.requireNonNull(database, "database");
      this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value);
      return this;
    }

    /** The settings every new community starts with. */
    public Builder defaults(CommunitySettings value) {
      Objects.requireNonNull(value);
      this.defaults = p -> value;
      return this;
    }

    /** The settings new communities start with, per platform (configured channels differ). */
    public Builder defaults(Function<Platform, CommunitySettings> value) {
      this.defaults = Objects.requireNonNull(value);
      return this;
    }

    public Builder rateLimiter(RateLimiter value) {
      this.rateLimiter = Objects.requireNonNull(value);
      return this;
    }

    public Builder workerSettings(WorkerSettings value) {
      this.workerSettings = Objects.requireNonNull(value);
      return this;
    }

    /**
     * How long a delivered message's destination and text are kept (default 7 days); after that
     * only its idempotency key remains (docs/privacy.md).
     */
    public Builder deliveredRetention(Duration value) {
      if (value.isNegative()) {
        throw new IllegalArgumentException("retention must not be negative: " + value);
      }
      this.deliveredRetention = value;
      return this;
    }

    public MentorbotCore build() {
      if (rateLimiter == null) {
        rateLimiter = new RateLimiter(clock, 20, java.time.Duration.ofSeconds(3));
      }
      return new MentorbotCore(this);
    }
  }
}
