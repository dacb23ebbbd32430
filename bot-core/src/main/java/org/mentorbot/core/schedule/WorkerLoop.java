package org.mentorbot.core.schedule;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background thread of one worker: drains on start (catching up on everything that fell due
 * while the process was down), then every poll interval, and at once when woken.
 */
final class WorkerLoop implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WorkerLoop.class);

  /** How long {@link #close()} waits for the pass in progress when no limit is given. */
  static final Duration DEFAULT_STOP_LIMIT = Duration.ofSeconds(30);

  /** How long an interrupted pass may take to record what it did not finish. */
  private static final Duration INTERRUPTED_GRACE = Duration.ofSeconds(2);

  private final String name;
  private final Duration pollInterval;
  private final IntSupplier pass;
  private final AtomicBoolean wakeQueued = new AtomicBoolean();
  private volatile ScheduledExecutorService executor;
  private volatile boolean closed;

  WorkerLoop(String name, Duration pollInterval, IntSupplier pass) {
    this.name = name;
    this.pollInterval = pollInterval;
    this.pass = pass;
  }

  synchronized void start() {
    if (closed) {
      throw new IllegalStateException(name + " is closed");
    }
    if (executor != null) {
      throw new IllegalStateException(name + " is already started");
    }
    ScheduledThreadPoolExecutor pool =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, name);
              thread.setDaemon(true);
              return thread;
            });
    pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    executor = pool;
    // drain() logs and swallows every RuntimeException, so the future never holds a failure worth
    // reading; close() stops the pool.
    var unused =
        pool.scheduleWithFixedDelay(this::drain, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Asks for a pass soon; several wakes before it runs collapse into one. */
  void wake() {
    ScheduledExecutorService current = executor;
    if (current == null || closed || !wakeQueued.compareAndSet(false, true)) {
      return;
    }
    try {
      current.execute(
          () -> {
            wakeQueued.set(false);
            drain();
          });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      wakeQueued.set(false); // closing: the next start drains anyway
    }
  }

  private void drain() {
    try {
      while (!closed && pass.getAsInt() > 0) {
        // keep going while passes find work; a full backlog drains without waiting for the poll
      }
    } catch (RuntimeException e) {
      // The rows stay in the database; the next poll retries. Never let one error stop the loop.
      LOG.error("{}: pass failed, retrying at the next poll", name, e);
    } catch (Error e) {
      LOG.error("{}: fatal error, loop stops", name, e);
      throw e;
    }
  }

  /** Stops the loop, letting the pass in progress finish (its rows get marked). */
  @Override
  public void close() {
    close(DEFAULT_STOP_LIMIT);
  }

  /**
   * Stops the loop, letting the pass in progress finish for at most {@code limit}; after that the
   * pass is interrupted. Rows it still holds stay claimed by this worker, which releases them when
   * it starts again (or another instance takes them when the lease ends), so nothing is lost.
   */
  public void close(Duration limit) {
    ScheduledExecutorService current;
    synchronized (this) {
      closed = true;
      current = executor;
    }
    if (current == null) {
      return;
    }
    current.shutdown();
    try {
      if (!current.awaitTermination(Math.max(0, limit.toMillis()), TimeUnit.MILLISECONDS)) {
        LOG.warn("{}: pass still running after {}, interrupting", name, limit);
        current.shutdownNow();
        // The interrupted pass records what it did not finish; let it, before the database closes.
        if (!current.awaitTermination(INTERRUPTED_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
          LOG.warn(
              "{}: pass ignored the interrupt; its rows stay claimed until the next start", name);
        }
      }
    } catch (InterruptedException e) {
      current.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
