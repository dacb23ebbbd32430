package org.mentorbot.core.schedule;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunityStore;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox rows through the {@link ChatGateway}: claims due rows under a lease in one short
 * write, calls the platform with no database lock held, then records each outcome in its own write.
 * Delivery is at least once: see docs/durability.md for the exact window.
 */
public final class OutboxDispatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

  /** How long a stop waits for interrupted deliveries to record their outcome. */
  private static final Duration INTERRUPTED_GRACE = Duration.ofSeconds(1);

  private record Work(OutboxRows.Claimed row, CommunityId community) {}

  private final Database database;
  private final ChatGateway gateway;
  private final CommunityStore communities;
  private final MessageCodec codec;
  private final Clock clock;
  private final WorkerSettings settings;
  private final UndeliverableListener listener;
  private final WorkerId workerId = WorkerId.forThisProcess("outbox");
  private final String worker = workerId.sql();
  private final AtomicBoolean predecessorsReleased = new AtomicBoolean();
  private final WorkerLoop loop;
  private volatile boolean closing;
  private final ExecutorService deliveries;

  public OutboxDispatcher(
      Database database,
      ChatGateway gateway,
      CommunityStore communities,
      MessageCodec codec,
      Clock clock,
      WorkerSettings settings,
      UndeliverableListener listener) {
    this.database = Objects.requireNonNull(database, "database");
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    this.communities = Objects.requireNonNull(communities, "communities");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.loop = new WorkerLoop("outbox-dispatcher", settings.pollInterval(), this::deliverDue);
    this.deliveries =
        settings.deliveryThreads() == 1
            ? null
            : Executors.newFixedThreadPool(
                settings.deliveryThreads(),
                runnable -> {
                  Thread thread = new Thread(runnable, "outbox-delivery");
                  thread.setDaemon(true);
                  return thread;
                });
  }

  /** The name this instance claims rows under. */
  public String workerId() {
    return worker;
  }

  /**
   * One pass: claims up to a batch of due rows (the oldest pending one per destination) and
   * delivers them. Returns how many rows it attempted, delivered or not.
   */
  public int deliverDue() {
    if (predecessorsReleased.compareAndSet(false, true)) {
      int released = database.claim(h -> Lease.releaseOutlived(h, Lease.Table.OUTBOX, workerId));
      if (released > 0) {
        LOG.info("released {} outbox rows claimed by an ended process on this host", released);
      }
    }
    long claimedAt = clock.millis();
    List<Work> batch =
        database.claim(
            h -> {
              Map<Long, CommunityId> byId = new HashMap<>();
              List<Work> work = new ArrayList<>();
              for (OutboxRows.Claimed row :
                  OutboxRows.claim(
                      h,
                      database.engine() == Database.Engine.POSTGRESQL,
                      worker,
                      claimedAt,
                      claimedAt + settings.lease().toMillis(),
                      settings.batchSize())) {
                CommunityId community =
                    byId.computeIfAbsent(row.communityId(), id -> communities.byId(h, id));
                work.add(new Work(row, community));
              }
              return work;
            });
    // Stop at half the lease, so no row is still ours in memory once another worker may take it.
    long deadline = claimedAt + settings.lease().toMillis() / 2;
    List<Long> skipped =
        deliveries == null ? deliverInTurn(batch, deadline) : deliverAtOnce(batch, deadline);
    if (!skipped.isEmpty()) {
      database.claim(
          h -> {
            OutboxRows.release(h, skipped, worker);
            return null;
          });
      LOG.warn("outbox pass ran past half its lease; released {} rows", skipped.size());
    }
    return batch.size() - skipped.size();
  }

  /** Returns the ids of rows it did not get to before the deadline. */
  private List<Long> deliverInTurn(List<Work> batch, long deadline) {
    List<Long> skipped = new ArrayList<>();
    for (Work work : batch) {
      if (closing || clock.millis() > deadline) {
        skipped.add(work.row().id());
      } else {
        deliver(work.row(), work.community());
      }
    }
    return skipped;
  }

  /**
   * Delivers the batch on the delivery threads. A batch holds at most one row per destination, so
   * per-recipient order is kept. An {@link Error} in any delivery (the process dying) is rethrown
   * after the others finish, as it would end the process.
   */
  private List<Long> deliverAtOnce(List<Work> batch, long deadline) {
    List<Future<Long>> results = new ArrayList<>(batch.size());
    for (Work work : batch) {
      results.add(
          deliveries.submit(
              () -> {
                if (closing || clock.millis() > deadline) {
                  return work.row().id();
                }
                deliver(work.row(), work.community());
                return null;
              }));
    }
    List<Long> skipped = new ArrayList<>();
    Throwable failure = null;
    for (Future<Long> result : results) {
      try {
        Long id = result.get();
        if (id != null) {
          skipped.add(id);
        }
      } catch (ExecutionException e) {
        failure = failure == null ? e.getCause() : failure;
      } catch (InterruptedException e) {
        // A stop ran out of time. Rows never started go back at once; those whose platform call
        // is still running stay claimed until this worker starts again (or the lease ends).
        releaseUnstarted(results);
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while delivering", e);
      }
    }
    if (failure instanceof Error error) {
      throw error;
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure != null) {
      throw new IllegalStateException("delivery failed", failure);
    }
    return skipped;
  }

  private void releaseUnstarted(List<Future<Long>> results) {
    List<Long> unstarted = new ArrayList<>();
    for (Future<Long> result : results) {
      if (result.isDone() && !result.isCancelled()) {
        try {
          Long id = result.get(); // done: returns at once
          if (id != null) {
            unstarted.add(id);
          }
        } catch (ExecutionException | InterruptedException failed) {
          // that delivery failed and recorded its own outcome
        }
      }
    }
    if (!unstarted.isEmpty()) {
      database.claim(
          h -> {
            OutboxRows.release(h, unstarted, worker);
            return null;
          });
    }
  }

  /** Passes until nothing is due; for the console and tests. Returns rows attempted. */
  public int drain() {
    int total = 0;
    for (int attempted = deliverDue(); attempted > 0; attempted = deliverDue()) {
      total += attempted;
    }
    return total;
  }

  private void deliver(OutboxRows.Claimed row, CommunityId community) {
    Destination destination;
    Message message;
    try {
      destination = codec.decodeDestination(row.destination());
      message = codec.decodeMessage(row.message());
    } catch (IllegalArgumentException e) {
      giveUp(row, community, Optional.empty(), Optional.empty(), "cannot read: " + e.getMessage());
      return;
    }
    DeliveryResult result;
    try {
      result = gateway.deliver(community, destination, message, row.idempotencyKey());
    } catch (RuntimeException e) {
      // Gateways should report platform errors as results; a throw is a bug or an outage.
      LOG.warn("gateway threw delivering outbox row {} to {}", row.id(), destination, e);
      failed(row, community, destination, message, Duration.ZERO, describe(e));
      return;
    }
    if (result instanceof DeliveryResult.Delivered delivered) {
      database.claim(
          h -> {
            OutboxRows.delivered(h, row.id(), clock.millis());
            return null;
          });
      delivered
          .shortfall()
          .ifPresent(reason -> reportShortfall(row, community, destination, message, reason));
    } else if (result instanceof DeliveryResult.RetryLater later) {
      failed(row, community, destination, message, later.after(), "retry later: " + later.reason());
    } else if (result instanceof DeliveryResult.Undeliverable undeliverable) {
      giveUp(
          row, community, Optional.of(destination), Optional.of(message), undeliverable.reason());
    } else {
      failed(row, community, destination, message, Duration.ZERO, "gateway returned " + result);
    }
  }

  private void failed(
      OutboxRows.Claimed row,
      CommunityId community,
      Destination destination,
      Message message,
      Duration platformDelay,
      String error) {
    int failures = row.attempts() + 1;
    Backoff backoff = settings.backoff();
    if (backoff.exhausted(failures)) {
      giveUp(
          row,
          community,
          Optional.of(destination),
          Optional.of(message),
          "gave up after " + failures + " attempts; last: " + error);
      return;
    }
    Duration ours = backoff.after(failures);
    Duration wait = platformDelay.compareTo(ours) > 0 ? platformDelay : ours;
    long next = clock.millis() + wait.toMillis();
    database.claim(h -> OutboxRows.retry(h, row.id(), worker, next, error));
  }

  private void giveUp(
      OutboxRows.Claimed row,
      CommunityId community,
      Optional<Destination> destination,
      Optional<Message> message,
      String reason) {
    UndeliveredMessage verdict =
        new UndeliveredMessage(
            row.id(),
            community,
            row.idempotencyKey(),
            destination,
            message,
            row.attempts() + 1,
            reason);
    LOG.warn("outbox row {} ({}) is undeliverable: {}", row.id(), row.idempotencyKey(), reason);
    try {
      database.writeVoid(
          h -> {
            if (OutboxRows.undeliverable(h, row.id(), worker, reason)) {
              listener.undeliverable(h, verdict);
            }
          });
    } catch (RuntimeException e) {
      LOG.error("undeliverable listener failed for outbox row {}; marking it anyway", row.id(), e);
      database.writeVoid(h -> OutboxRows.undeliverable(h, row.id(), worker, reason));
    }
  }

  /** Delivered, but not to everyone: moderators hear of it once, as of an undeliverable row. */
  private void reportShortfall(
      OutboxRows.Claimed row,
      CommunityId community,
      Destination destination,
      Message message,
      String reason) {
    LOG.warn("outbox row {} ({}) reached only some: {}", row.id(), row.idempotencyKey(), reason);
    UndeliveredMessage verdict =
        new UndeliveredMessage(
            row.id(),
            community,
            row.idempotencyKey(),
            Optional.of(destination),
            Optional.of(message),
            row.attempts() + 1,
            reason);
    try {
      database.writeVoid(h -> listener.undeliverable(h, verdict));
    } catch (RuntimeException e) {
      LOG.error("undeliverable listener failed for outbox row {}", row.id(), e);
    }
  }

  private static String describe(RuntimeException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /** Starts the background loop; it first delivers everything already due. */
  public void start() {
    loop.start();
  }

  /** Asks the background loop for a pass now (after a commit that enqueued something). */
  public void wake() {
    loop.wake();
  }

  /** Stops the background loop after the pass in progress; rows left are delivered next start. */
  @Override
  public void close() {
    close(WorkerLoop.DEFAULT_STOP_LIMIT);
  }

  /**
   * Stops the background loop, giving deliveries in progress up to {@code limit} to finish; after
   * that they are interrupted and their rows stay claimed by this worker, which releases them at
   * its next start (the platform key keeps a message already posted from being posted twice).
   */
  public void close(Duration limit) {
    // Rows of the current batch not yet started go back to the outbox at once, not at lease end.
    closing = true;
    loop.close(limit);
    if (deliveries != null) {
      deliveries.shutdownNow();
      try {
        // An interrupted platform call usually ends at once and records its retry; wait briefly
        // for that, so the row is not left claimed when it need not be.
        if (!deliveries.awaitTermination(INTERRUPTED_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
          LOG.warn("outbox deliveries still running after a stop; their rows stay claimed");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
