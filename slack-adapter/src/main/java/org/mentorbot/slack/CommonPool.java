package org.mentorbot.slack;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;

/**
 * Keeps the JDK's asynchronous HTTP client from starting a thread per answer.
 *
 * <p>{@link java.net.http.HttpClient#sendAsync} hands every finished exchange to {@link
 * CompletableFuture}'s default executor. That is the common fork-join pool, unless the pool has a
 * parallelism below 2 (the default on a machine with two cores or fewer, common for a small bot
 * host): then it is a new thread per task. At 200 Slack commands/s that was hundreds of threads a
 * second, and on two cores replies trailed the burst by about 10 s instead of 20 ms. Both are
 * decided once, when those classes first load, so a process's {@code main} calls {@link
 * #makeParallel()} before anything else.
 */
public final class CommonPool {

  static final String PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

  private CommonPool() {}

  /**
   * Gives the common pool at least two threads unless the operator chose a parallelism. Call first
   * thing in {@code main}: it has no effect once the pool exists.
   */
  public static void makeParallel() {
    if (System.getProperty(PARALLELISM) == null
        && Runtime.getRuntime().availableProcessors() <= 2) {
      System.setProperty(PARALLELISM, "2");
    }
  }

  /** Whether async completions run on a pool rather than on a new thread each. */
  static boolean isParallel() {
    return new CompletableFuture<Void>().defaultExecutor() == ForkJoinPool.commonPool();
  }
}
