package org.mentorbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.socket_mode.SocketModeClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandGateway;
import org.mentorbot.slack.blocks.CommandForm;
import org.mentorbot.slack.input.SlackMemberDirectory;
import org.mentorbot.slack.input.SlashText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack front end: a Bolt app for one workspace that turns slash commands, button presses, form
 * submissions and Home-tab visits into core calls and renders the answers as Block Kit. It connects
 * over Socket Mode when an app token is set, else serves Slack's signed HTTP requests on the
 * configured port and path. {@link #start()} returns once Slack can reach it; {@link #close()}
 * stops it and its worker threads.
 */
public final class SlackBot implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SlackBot.class);
  private static final Duration DEFAULT_ACK_BUDGET = Duration.ofSeconds(2);
  private static final Duration ACTOR_CACHE_TTL = Duration.ofSeconds(60);
  private static final Duration DIRECTORY_TTL = Duration.ofMinutes(10);
  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration STOP_TAKING_WORK_LIMIT = Duration.ofSeconds(10);

  /**
   * How long closing the HTTP endpoint waits for responses still being written. By then the
   * commands are done (stopTakingWork waited for them) and no handler holds an ack longer than the
   * 2.5 s ack budget, so this is ample; with the worker drain it stays inside the 10 s a stop gives
   * the platforms to disconnect.
   */
  static final Duration HTTP_STOP_LIMIT = Duration.ofSeconds(3);

  private static final int QUEUE_LIMIT = 10_000;

  private final SlackSettings settings;
  private final Slack slack;
  private final ThreadPoolExecutor executor;
  private final AsyncWebApi api;
  private final SlackChatGateway replyGateway;
  private final App app;
  private final SlackContext context;
  private SocketModeApp socketMode;
  private SlackHttpServer server;

  public SlackBot(SlackSettings settings, CommandGateway core) {
    this(settings, core, DEFAULT_ACK_BUDGET, 8);
  }

  /**
   * @param ackBudget how long a command may take before its reply moves from the ack to {@code
   *     response_url} (Slack allows 3 s in all)
   * @param workers threads for core calls (Web API calls on a command's way do not hold them)
   */
  public SlackBot(SlackSettings settings, CommandGateway core, Duration ackBudget, int workers) {
    this.settings = Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(core, "core");
    if (ackBudget.isNegative() || ackBudget.compareTo(Duration.ofMillis(2500)) > 0) {
      throw new IllegalArgumentException("ack budget must be 0-2500 ms to stay inside Slack's 3 s");
    }
    this.slack = slackClient(settings);
    if (!CommonPool.isParallel()) {
      log.warn(
          "The JDK's common thread pool has one thread here, so each Slack reply starts a thread;"
              + " start Java with -D{}=2 or call CommonPool.makeParallel() first in main",
          CommonPool.PARALLELISM);
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1");
    }
    // Bounded, so a flood turns commands away politely instead of exhausting memory.
    this.executor =
        new ThreadPoolExecutor(
            workers,
            workers,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(QUEUE_LIMIT),
            threads());
    var client = slack.methods(settings.botToken());
    this.api = new AsyncWebApi(settings.apiUrl(), settings.botToken());
    this.replyGateway =
        new SlackChatGateway(
            slack, settings.botToken(), DeliveryJournal.inMemory(), Clock.systemUTC());
    var gateway = replyGateway;
    this.context =
        new SlackContext(
            core,
            client,
            api,
            new SlackActors(api, settings.moderatorGroupId(), ACTOR_CACHE_TTL),
            new SlashText(new SlackMemberDirectory(client, DIRECTORY_TTL)),
            new ReplySender(client, gateway),
            executor,
            ackBudget);
    this.app = new App(appConfig(settings, slack));
    AppHome home = new AppHome(context);
    Forms forms = new Forms(context, home);
    SlashCommands commands = new SlashCommands(context, forms);
    ButtonPresses buttons = new ButtonPresses(context, forms, home);
    for (String root : Catalogue.ROOTS) {
      app.command("/" + root, (req, ctx) -> commands.handle(root, req, ctx));
    }
    app.blockAction(Pattern.compile(".*"), buttons::handle);
    app.viewSubmission(
        Pattern.compile("^" + Pattern.quote(CommandForm.CALLBACK_PREFIX) + ".*"), forms::submit);
    app.event(AppHomeOpenedEvent.class, home::opened);
  }

  /** A Web API client for {@code settings}: its URL prefix, no background stats calls. */
  static Slack slackClient(SlackSettings settings) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(settings.apiUrl());
    config.setStatsEnabled(false);
    return Slack.getInstance(config);
  }

  private static AppConfig appConfig(SlackSettings settings, Slack slack) {
    AppConfig.AppConfigBuilder config =
        AppConfig.builder().slack(slack).singleTeamBotToken(settings.botToken());
    settings.signingSecret().ifPresent(config::signingSecret);
    return config.build();
  }

  private static ThreadFactory threads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "slack-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Connects (Socket Mode) or starts listening (HTTP); fails if Slack rejects the bot token. */
  public synchronized void start() throws Exception {
    app.start(); // auth.test: a bad token fails here, with Slack's error
    if (settings.socketMode()) {
      socketMode =
          new SocketModeApp(
              settings.appToken().orElseThrow(), SocketModeClient.Backend.JavaWebSocket, app);
      socketMode.startAsync();
      log.info("Slack connected over Socket Mode");
      return;
    }
    server = new SlackHttpServer(app, settings.path(), settings.port(), HTTP_STOP_LIMIT);
    server.start();
    log.info("Slack HTTP endpoint listening on port {}{}", settings.port(), settings.path());
  }

  /**
   * Stops taking work: commands, presses and forms arriving from now on are answered "restarting,
   * try again" instead of being run. Stays connected, so the core can finish its deliveries and the
   * work in progress its replies; {@link #close()} disconnects.
   */
  public void stopTakingWork() {
    stopTakingWork(STOP_TAKING_WORK_LIMIT);
  }

  /** As {@link #stopTakingWork()}, waiting at most {@code limit} for the work in progress. */
  public void stopTakingWork(Duration limit) {
    context.stopTakingWork();
    log.info("Slack takes no new commands; {} in progress", context.inFlight());
    try {
      if (!context.awaitIdle(limit)) {
        log.warn("Slack commands still running after {}", limit);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether commands are still run (false once {@link #stopTakingWork()} began). */
  boolean takingWork() {
    return context.takingWork();
  }

  /**
   * Stops taking requests (an HTTP response still being written is finished first, for up to {@link
   * #HTTP_STOP_LIMIT}), finishes work already acked to Slack, then releases everything.
   */
  @Override
  public synchronized void close() {
    try {
      if (socketMode != null) {
        socketMode.close();
      }
      if (server != null) {
        server.stop();
      }
      app.stop();
    } catch (Exception e) {
      log.warn("Stopping the Slack listener failed: {}", e.getMessage());
    } finally {
      drainWorkers();
      api.close();
      replyGateway.closeApi();
      closeClient(slack);
    }
  }

  private void drainWorkers() {
    // Work already acked to Slack is finished, not dropped, unless it takes unreasonably long.
    executor.shutdown();
    try {
      if (!executor.awaitTermination(DRAIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        log.warn("Slack work still running after {}; stopping it", DRAIN_TIMEOUT);
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  static void closeClient(Slack slack) {
    try {
      slack.close();
    } catch (Exception e) {
      log.warn("Closing the Slack client failed: {}", e.getMessage());
    }
  }
}
