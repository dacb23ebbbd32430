package org.mentorbot.app.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.mentorbot.app.DatabaseFile;
import org.mentorbot.config.ConfigException;
import org.mentorbot.config.ConfigLoader;
import org.mentorbot.config.MentorbotConfig;
import org.mentorbot.core.MentorbotCore;
import org.mentorbot.core.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mentorbot run}: every configured platform over one core and database, until stopped. With
 * none configured it says exactly what to set.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Start every configured platform (Discord, Slack).")
public final class RunCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

  @Option(names = "--config", description = "Settings file (default: config/mentorbot.yml).")
  Path config;

  private final PrintStream err;
  private final Map<String, String> env;
  private final CountDownLatch stop = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);

  /**
   * How long the work in progress at a stop may take in all: commands being answered, then
   * deliveries and jobs. What is still running then stays claimed and is released at the next
   * start, so nothing is lost by cutting it short.
   */
  static final Duration WORK_LIMIT = Duration.ofSeconds(10);

  /** How long the platforms may then take to disconnect cleanly, and the database to close. */
  static final Duration CLOSE_LIMIT = Duration.ofSeconds(10);

  /** The longest a stop takes before the JVM exits anyway. */
  static final Duration STOP_LIMIT = WORK_LIMIT.plus(CLOSE_LIMIT);

  public RunCommand() {
    this(System.err, System.getenv());
  }

  RunCommand(PrintStream err, Map<String, String> env) {
    this.err = err;
    this.env = Map.copyOf(env);
  }

  @Override
  public Integer call() throws Exception {
    Optional<MentorbotConfig> loaded = load();
    if (loaded.isEmpty()) {
      return 2;
    }
    MentorbotConfig settings = loaded.get();
    if (settings.platforms().isEmpty()) {
      err.print(settings.howToConfigure());
      return 2;
    }
    Running running;
    try {
      running = start(settings);
    } catch (DatabaseFile.Failure e) {
      err.println("mentorbot could not start: " + e.line());
      return e.exitCode();
    } catch (Exception | Error e) {
      // Errors too (a class missing from the jar): one line saying what is wrong, no stack trace.
      err.println("mentorbot could not start: " + rootCause(e));
      return 1;
    }
    // SIGTERM and Ctrl-C run this hook; the JVM halts when it returns, so it waits until the
    // main thread has closed everything (bounded, in case closing hangs).
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stop.countDown();
                  awaitQuietly(stopped, STOP_LIMIT);
                },
                "mentorbot-shutdown"));
    try {
      LOG.info("mentorbot is running on {}; stop with Ctrl-C", settings.platforms());
      stop.await();
      LOG.info("Stopping: finishing work in progress");
      running.close();
      LOG.info("mentorbot stopped");
    } finally {
      stopped.countDown();
    }
    return 0;
  }

  private static void awaitQuietly(CountDownLatch latch, Duration limit) {
    try {
      if (!latch.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("Stopping took longer than {}; exiting anyway", limit);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The settings, or empty after printing every problem with them. */
  public Optional<MentorbotConfig> load() {
    try {
      return Optional.of(ConfigLoader.load(config, env));
    } catch (ConfigException e) {
      err.println(e.getMessage());
      return Optional.empty();
    }
  }

  /** Opens the database, builds the core and starts every configured platform. */
  Running start(MentorbotConfig settings) throws Exception {
    Database database = DatabaseLocation.open(settings.database());
    PlatformGateway gateway = new PlatformGateway();
    List<Platforms.Started> platforms = new ArrayList<>();
    MentorbotCore core;
    try {
      Platforms.Prepared prepared = Platforms.prepare(settings, gateway, database);
      core =
          MentorbotCore.builder(database, gateway)
              .defaults(settings::communitySettings)
              .deliveredRetention(java.time.Duration.ofDays(settings.database().retentionDays()))
              .build();
      platforms.addAll(prepared.start(core.commands()));
      core.start();
    } catch (Exception | Error e) {
      platforms.forEach(Platforms.Started::closeQuietly);
      database.close();
      throw e;
    }
    return new Running(database, core, platforms);
  }

  /** The exception and its deepest real cause (JDA adds stack-only "context" links). */
  static String rootCause(Throwable e) {
    Throwable root = e;
    for (Throwable c = e.getCause(); c != null && c != root; c = c.getCause()) {
      if (!c.getClass().getSimpleName().equals("ContextException")) {
        root = c;
      }
    }
    String what =
        root == e ? "" : " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    String head =
        e instanceof Error || e.getMessage() == null
            ? e.getClass().getSimpleName() + ": " + e.getMessage()
            : e.getMessage();
    if (e instanceof LinkageError || root instanceof LinkageError) {
      what += "; a library is missing from the jar or has the wrong version: rebuild it";
    }
    return (head + what).replaceAll("\\s*\\R\\s*", " ");
  }

  /**
   * Everything {@link #start} started. Closing stops in the order that loses nothing: the platforms
   * stop taking commands and finish the ones in progress; the core finishes the deliveries in
   * progress (the rest stay in the outbox) while the platforms are still connected; then the
   * platforms disconnect and the database closes last.
   */
  record Running(Database database, MentorbotCore core, List<Platforms.Started> platforms)
      implements AutoCloseable {
    @Override
    public void close() {
      long deadline = System.nanoTime() + WORK_LIMIT.toNanos();
      platforms.forEach(p -> p.stopTakingWorkQuietly(remaining(deadline)));
      LOG.info("No new commands taken; finishing the deliveries in progress");
      core.close(remaining(deadline));
      platforms.forEach(Platforms.Started::closeQuietly);
      database.close();
    }

    private static Duration remaining(long deadline) {
      return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }
  }
}
