package org.mentorbot.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.MethodsClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mentorbot.core.command.CommandGateway;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;
import org.mentorbot.slack.blocks.SlackReply;
import org.mentorbot.slack.input.CommandInput;
import org.mentorbot.slack.input.SlashText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every Slack handler shares: the core, the Web API clients, who the caller is, where slow
 * work runs, and how replies get back to Slack.
 */
final class SlackContext {

  private static final Logger log = LoggerFactory.getLogger(SlackContext.class);

  /** What a member sees when the bot itself failed. */
  static final Reply OUR_FAULT =
      Reply.problem(
          "Something went wrong on our side; nothing was changed.",
          "Try again in a moment, and tell a moderator if it keeps happening.");

  /** What a member sees for a command that arrives while the bot is stopping. */
  static final Reply RESTARTING =
      Reply.problem("mentorbot is restarting and did not run that.", "Try again in a minute.");

  static final Reply BUSY =
      Reply.problem(
          "mentorbot is very busy right now; nothing was changed.",
          "Please try again in a minute.");

  final CommandGateway core;
  final MethodsClient client;
  final AsyncWebApi api;
  final SlackActors actors;
  final SlashText input;
  final ReplySender replies;
  final ThreadPoolExecutor executor;
  final Duration ackBudget;
  private final AtomicInteger inFlight = new AtomicInteger();

  /** Replies on their way after the ack (response_url posts, form answers): a stop waits. */
  private final AtomicInteger replying = new AtomicInteger();

  private volatile boolean stopping;

  SlackContext(
      CommandGateway core,
      MethodsClient client,
      AsyncWebApi api,
      SlackActors actors,
      SlashText input,
      ReplySender replies,
      ThreadPoolExecutor executor,
      Duration ackBudget) {
    this.core = core;
    this.client = client;
    this.api = api;
    this.actors = actors;
    this.input = input;
    this.replies = replies;
    this.executor = executor;
    this.ackBudget = ackBudget;
  }

  /**
   * From now on commands, presses and forms are not run; members are told the bot is restarting.
   * Those already running finish.
   */
  void stopTakingWork() {
    stopping = true;
  }

  boolean takingWork() {
    return !stopping;
  }

  /** How many commands, presses and forms are being run or answered. */
  int inFlight() {
    return inFlight.get() + replying.get();
  }

  /**
   * Waits, at most {@code limit}, until no command, press or form is being run and no reply to one
   * is still on its way.
   */
  boolean awaitIdle(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    synchronized (inFlight) {
      while (inFlight() > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        inFlight.wait(Math.max(1, left / 1_000_000));
      }
    }
    return true;
  }

  static CommunityId community(String teamId) {
    return new CommunityId(Platform.SLACK, teamId);
  }

  /** Who is calling, from where; waits for Slack's answer, so call it off the ack path. */
  Invocation invocation(String teamId, String userId, String userName, String channelId) {
    return new Invocation(
        community(teamId),
        actors.actor(userId, userName),
        Optional.ofNullable(channelId).filter(c -> !c.isBlank()));
  }

  /**
   * Runs {@code call} for the member: their facts are fetched from Slack without holding a thread,
   * then the core runs on the worker pool. Anything thrown becomes a polite problem, a full queue a
   * "busy" answer; the future always completes with a reply.
   */
  CompletableFuture<Reply> run(
      String teamId,
      String userId,
      String userName,
      String channelId,
      Function<Invocation, Reply> call) {
    if (stopping) {
      return CompletableFuture.completedFuture(RESTARTING);
    }
    CompletableFuture<Reply> reply;
    inFlight.incrementAndGet();
    try {
      reply =
          actors
              .actorAsync(userId, userName)
              .thenApplyAsync(
                  actor ->
                      guarded(
                          () ->
                              call.apply(
                                  new Invocation(
                                      community(teamId),
                                      actor,
                                      Optional.ofNullable(channelId).filter(c -> !c.isBlank())))),
                  executor);
    } catch (RejectedExecutionException full) {
      reply = CompletableFuture.failedFuture(full);
    }
    return reply
        .whenComplete((r, e) -> done(inFlight))
        .exceptionally(
            failure -> {
              Throwable cause =
                  failure instanceof CompletionException ? failure.getCause() : failure;
              if (cause instanceof RejectedExecutionException) {
                log.warn("Slack work queue is full; turning a command away");
                return BUSY;
              }
              log.error("A Slack request failed", cause);
              return OUR_FAULT;
            });
  }

  /** A slash command's text, read the way Slack sent it, run by the core. */
  Reply command(Invocation invocation, String root, String text) {
    CommandInput read = input.read(root, text);
    if (read instanceof CommandInput.Resolved resolved) {
      return core.run(invocation, resolved.command());
    }
    if (read instanceof CommandInput.Refused refused) {
      return refused.problem();
    }
    return core.runText(invocation, root, ((CommandInput.Text) read).text());
  }

  /**
   * How long the ack may wait for the reply. Zero when new work would wait behind a backlog: then
   * holding the ack only risks Slack's 3 seconds, so Slack gets its ack at once and the reply
   * follows through {@code response_url}.
   */
  Duration replyWait() {
    return backlogged() ? Duration.ZERO : ackBudget;
  }

  /**
   * Work waits in the worker queue, or more commands are on their way (members still being looked
   * up) than the workers can take at once: either way an ack held for the reply would tie up a
   * request thread for nothing.
   */
  private boolean backlogged() {
    int workers = executor.getMaximumPoolSize();
    return executor.getQueue().size() >= workers || inFlight.get() > 2 * workers;
  }

  /** Logs what a reply chain threw, so a failure while answering never vanishes unseen. */
  private void done(AtomicInteger counter) {
    counter.decrementAndGet();
    synchronized (inFlight) {
      inFlight.notifyAll();
    }
  }

  /**
   * Follows work that answers a member after the ack to its end: a failure is logged, and until it
   * ends it counts as in progress, so a stop waits for it before disconnecting.
   */
  void finish(CompletableFuture<?> chain, String what) {
    replying.incrementAndGet();
    logFailure(chain.whenComplete((r, e) -> done(replying)), what);
  }

  static void logFailure(CompletableFuture<?> chain, String what) {
    // The end of the chain: its failure is logged here, so the future this returns has nothing
    // left for anyone to handle.
    var unused =
        chain.whenComplete(
            (ignored, failure) -> {
              if (failure != null) {
                log.error("Slack {} failed", what, failure);
              }
            });
  }

  static Reply guarded(Supplier<Reply> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      log.error("The core failed on a Slack request", e);
      return OUR_FAULT;
    }
  }

  /** The reply for Slack, naming (not pinging) members the reply does not mention. */
  SlackReply render(Reply reply) {
    return SlackReply.of(reply, actors::nameOf);
  }

  /**
   * Posts {@code reply}'s messages from part {@code from} on to {@code responseUrl}, in order and
   * without holding a thread. If the URL refuses one (expired, used up, unreachable), that part and
   * the rest go straight to the member instead; files follow the last message.
   */
  CompletableFuture<Void> respond(
      String responseUrl, String channelId, String userId, SlackReply reply, int from) {
    if (from >= reply.parts().size()) {
      if (!reply.files().isEmpty()) {
        later(() -> replies.attach(channelId, userId, reply));
      }
      return CompletableFuture.completedFuture(null);
    }
    var part = reply.parts().get(from);
    ActionResponse body =
        ActionResponse.builder()
            .responseType(reply.responseType())
            .replaceOriginal(false)
            .text(part.text())
            .blocks(part.blocks())
            .build();
    return api.respond(responseUrl, body)
        .handle(
            (status, error) ->
                error == null && status == 200
                    ? Optional.<String>empty()
                    : Optional.of(error == null ? "HTTP " + status : "" + error.getMessage()))
        .thenCompose(
            refused -> {
              if (refused.isEmpty()) {
                return respond(responseUrl, channelId, userId, reply, from + 1);
              }
              log.warn("response_url refused a reply ({}); sending it directly", refused.get());
              later(() -> replies.send(channelId, userId, reply, from));
              return CompletableFuture.<Void>completedFuture(null);
            });
  }

  /** Runs {@code task} on the executor, logging what it throws. */
  void later(Runnable task) {
    try {
      executor.execute(
          () -> {
            try {
              task.run();
            } catch (RuntimeException e) {
              log.error("Slack background task failed", e);
            }
          });
    } catch (RejectedExecutionException full) {
      log.warn("Slack work queue is full; dropped a follow-up task");
    }
  }
}
