package org.mentorbot.app.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
    } catch (Exception e) {
      err.println("mentorbot could not start: " + rootCause(e));
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "mentorbot-shutdown"));
    try (running) {
      LOG.info("mentorbot is running on {}; stop with Ctrl-C", settings.platforms());
      stop.await();
    }
    return 0;
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
    Path db = settings.database().path();
    Database database = DatabaseFile.open(db);
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
  private static String rootCause(Throwable e) {
    Throwable root = e;
    for (Throwable c = e.getCause(); c != null && c != root; c = c.getCause()) {
      if (!c.getClass().getSimpleName().equals("ContextException")) {
        root = c;
      }
    }
    String what =
        root == e ? "" : " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    return e.getMessage() + what;
  }

  /** Everything {@link #start} started, closed in reverse order. */
  record Running(Database database, MentorbotCore core, List<Platforms.Started> platforms)
      implements AutoCloseable {
    @Override
    public void close() {
      platforms.forEach(Platforms.Started::closeQuietly);
      core.close();
      database.close();
    }
  }
}
