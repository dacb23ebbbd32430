package org.mentorbot.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mentorbot.core.community.CommunityStore;
import org.mentorbot.core.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs due jobs with the {@link JobHandler} registered for their kind, each inside the write
 * transaction that marks it done: a job's effects commit exactly once, or not at all and it runs
 * again. Overdue jobs of one coalesce group collapse to the newest before anything runs.
 */
public final class JobRunner implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

  /** Thrown inside a job's transaction to roll it back when the job stopped being ours. */
  private static final class NoLongerOurs extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoLongerOurs() {
      super("job was cancelled or taken over while it ran", null, false, false);
    }
  }

  private final Database database;
  private final CommunityStore communities;
  private final Clock clock;
  private final WorkerSettings settings;
  private final Map<String, JobHandler> handlers = new ConcurrentHashMap<>();
  private final WorkerId workerId = WorkerId.forThisProcess("jobs");
  private final String worker = workerId.sql();
  private final AtomicBoolean predecessorsReleased = new AtomicBoolean();
  private final WorkerLoop loop;

  private final FailingJobListener failing;

  public JobRunner(
      Database database,
      CommunityStore communities,
      Clock clock,
      WorkerSettings settings,
      Collection<? extends JobHandler> handlers) {
    this(database, communities, clock, settings, handlers, FailingJobListener.NONE);
  }

  /**
   * @param failing told once when a job keeps failing, so no job fails silently
   */
  public JobRunner(
      Database database,
      CommunityStore communities,
      Clock clock,
      WorkerSettings settings,
      Collection<? extends JobHandler> handlers,
      FailingJobListener failing) {
    this.failing = Objects.requireNonNull(failing, "failing");
    this.database = Objects.requireNonNull(database, "database");
    this.communities = Objects.requireNonNull(communities, "communities");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = Objects.requireNonNull(settings, "settings");
    handlers.forEach(this::register);
    this.loop = new WorkerLoop("job-runner", settings.pollInterval(), this::runDue);
  }

  /** Adds the handler for one more kind; register every kind before {@link #start()}. */
  public void register(JobHandler handler) {
    Objects.requireNonNull(handler, "handler");
    JobHandler previous = handlers.putIfAbsent(handler.kind(), handler);
    if (previous != null) {
      throw new IllegalArgumentException(
          "a handler for job kind '" + handler.kind() + "' is already registered");
    }
  }

  /** The name this instance claims jobs under. */
  public String workerId() {
    return worker;
  }

  /**
   * One pass: coalesces overdue groups, claims up to a batch of due jobs and runs them. Returns how
   * many jobs it ran or failed.
   */
  public int runDue() {
    if (predecessorsReleased.compareAndSet(false, true)) {
      int released = database.claim(h -> Lease.releaseOutlived(h, Lease.Table.JOB, workerId));
      if (released > 0) {
        LOG.info("released {} jobs claimed by an ended process on this host", released);
      }
    }
    long now = clock.millis();
    List<JobRows.Claimed> batch =
        database.claim(
            h -> {
              int coalesced = JobRows.coalesce(h, now);
              if (coalesced > 0) {
                LOG.info("cancelled {} overdue jobs superseded in their coalesce group", coalesced);
              }
              return JobRows.claim(
                  h,
                  database.engine() == Database.Engine.POSTGRESQL,
                  worker,
                  now,
                  now + settings.lease().toMillis(),
                  settings.batchSize());
            });
    batch.forEach(this::run);
    return batch.size();
  }

  /** Passes until nothing is due; for the console and tests. Returns jobs run. */
  public int drain() {
    int total = 0;
    for (int ran = runDue(); ran > 0; ran = runDue()) {
      total += ran;
    }
    return total;
  }

  private void run(JobRows.Claimed job) {
    JobHandler handler = handlers.get(job.kind());
    if (handler == null) {
      String error =
          "no handler registered for job kind '"
              + job.kind()
              + "' (known: "
              + new TreeSet<>(handlers.keySet())
              + ")";
      LOG.error("job {} failed: {}", job.id(), error);
      database.writeVoid(
          h -> {
            JobRows.failed(h, job.id(), worker, clock.millis(), error);
            alert(h, job, job.attempts() + 1, error, true);
          });
      return;
    }
    try {
      database.writeVoid(
          h -> {
            handler.run(
                h,
                communities.byId(h, job.communityId()),
                job.payload(),
                Instant.ofEpochMilli(job.dueAt()));
            if (!JobRows.done(h, job.id(), worker, clock.millis())) {
              throw new NoLongerOurs();
            }
          });
    } catch (NoLongerOurs e) {
      LOG.info(
          "job {} ({}) was cancelled or taken over while running; its effects were rolled back",
          job.id(),
          job.kind());
    } catch (RuntimeException e) {
      failed(job, e);
    }
  }

  private void failed(JobRows.Claimed job, RuntimeException cause) {
    int failures = job.attempts() + 1;
    String error =
        cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    long now = clock.millis();
    if (settings.backoff().exhausted(failures)) {
      LOG.error(
          "job {} ({}) failed for good after {} attempts", job.id(), job.kind(), failures, cause);
      database.writeVoid(
          h -> {
            JobRows.failed(h, job.id(), worker, now, error);
            if (failures <= FailingJobListener.ALERT_AFTER) {
              alert(h, job, failures, error, true);
            }
          });
    } else {
      long retryAt = now + settings.backoff().after(failures).toMillis();
      LOG.warn("job {} ({}) failed (attempt {}), retrying", job.id(), job.kind(), failures, cause);
      database.writeVoid(
          h -> {
            JobRows.retry(h, job.id(), worker, retryAt, error);
            if (failures == FailingJobListener.ALERT_AFTER) {
              alert(h, job, failures, error, false);
            }
          });
    }
  }

  /** Tells the listener once; its own failure must not lose the job's failure record. */
  private void alert(
      org.jdbi.v3.core.Handle h, JobRows.Claimed job, int failures, String error, boolean gaveUp) {
    try {
      h.execute("SAVEPOINT job_alert");
      failing.failing(
          h,
          new FailingJobListener.FailingJob(
              communities.byId(h, job.communityId()),
              job.id(),
              job.kind(),
              job.dueAt(),
              failures,
              error,
              gaveUp));
      h.execute("RELEASE SAVEPOINT job_alert");
    } catch (RuntimeException e) {
      h.execute("ROLLBACK TO SAVEPOINT job_alert");
      LOG.error("could not alert moderators about job {}", job.id(), e);
    }
  }

  /** Starts the background loop; it first runs everything that fell due while the bot was down. */
  public void start() {
    loop.start();
  }

  /** Asks the background loop for a pass now. */
  public void wake() {
    loop.wake();
  }

  @Override
  public void close() {
    loop.close();
  }

  /** Stops after the pass in progress, interrupting it after {@code limit}. */
  public void close(Duration limit) {
    loop.close(limit);
  }
}
