package org.mentorbot.slack;

import com.slack.api.methods.MethodsClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Supplier;
import org.mentorbot.core.command.CommandGateway;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;
import org.mentorbot.slack.blocks.SlackReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every Slack handler shares: the core, the Web API client, who the caller is, where slow work
 * runs, and how replies get back to Slack.
 */
final class SlackContext {

  private static final Logger log = LoggerFactory.getLogger(SlackContext.class);

  /** What a member sees when the bot itself failed. */
  static final Reply OUR_FAULT =
      Reply.problem(
          "Something went wrong on our side; nothing was changed.",
          "Try again in a moment, and tell a moderator if it keeps happening.");

  final CommandGateway core;
  final MethodsClient client;
  final SlackActors actors;
  final ReplySender replies;
  final ThreadPoolExecutor executor;
  final Duration ackBudget;

  SlackContext(
      CommandGateway core,
      MethodsClient client,
      SlackActors actors,
      ReplySender replies,
      ThreadPoolExecutor executor,
      Duration ackBudget) {
    this.core = core;
    this.client = client;
    this.actors = actors;
    this.replies = replies;
    this.executor = executor;
    this.ackBudget = ackBudget;
  }

  static CommunityId community(String teamId) {
    return new CommunityId(Platform.SLACK, teamId);
  }

  /** Who is calling, from where; looks the member up in Slack, so call it off the ack path. */
  Invocation invocation(String teamId, String userId, String userName, String channelId) {
    return new Invocation(
        community(teamId),
        actors.actor(userId, userName),
        Optional.ofNullable(channelId).filter(c -> !c.isBlank()));
  }

  /** Runs a core call on the executor; anything thrown becomes a polite problem, not a crash. */
  CompletableFuture<Reply> async(Supplier<Reply> call) {
    try {
      return CompletableFuture.supplyAsync(() -> guarded(call), executor);
    } catch (RejectedExecutionException full) {
      log.warn("Slack work queue is full; turning a command away");
      return CompletableFuture.completedFuture(
          Reply.problem(
              "mentorbot is very busy right now; nothing was changed.",
              "Please try again in a minute."));
    }
  }

  /**
   * How long the ack may wait for the reply. Zero when new work would wait behind a backlog: then
   * holding the ack only risks Slack's 3 seconds, so Slack gets its ack at once and the reply
   * follows through {@code response_url}.
   */
  Duration replyWait() {
    return backlogged() ? Duration.ZERO : ackBudget;
  }

  private boolean backlogged() {
    return executor.getQueue().size() >= executor.getMaximumPoolSize();
  }

  /** Logs what a reply chain threw, so a failure while answering never vanishes unseen. */
  static void logFailure(CompletableFuture<?> chain, String what) {
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
