package org.mentorbot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mentorbot.slack.blocks.SlackReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /mentor}, {@code /round}, {@code /officehours} and {@code /queue}: the text, read the way
 * Slack escapes it, goes to the core. Slack wants an answer within 3 seconds, so the reply rides on
 * the ack when the core is quick and follows through {@code response_url} when it is not; a reply
 * longer than one message sends its further parts there too. A bare {@code /mentor signup} opens
 * the sign-up form right here, on the ack path, while its {@code trigger_id} is valid.
 */
final class SlashCommands {

  private static final Logger log = LoggerFactory.getLogger(SlashCommands.class);

  private final SlackContext slack;
  private final Forms forms;

  SlashCommands(SlackContext slack, Forms forms) {
    this.slack = slack;
    this.forms = forms;
  }

  Response handle(String root, SlashCommandRequest request, SlashCommandContext ctx) {
    SlashCommandPayload p = request.getPayload();
    String text = p.getText() == null ? "" : p.getText().strip();
    if (Forms.SIGNUP_ROOT.equals(root) && Forms.SIGNUP_SUB.equals(text.toLowerCase(Locale.ROOT))) {
      // trigger_id lives 3 seconds: queued behind other work it would expire under load.
      forms.openSignup(p.getTriggerId(), p.getTeamId(), p.getUserId(), p.getChannelId());
      return ctx.ack();
    }
    CompletableFuture<SlackReply> reply =
        slack
            .run(
                p.getTeamId(),
                p.getUserId(),
                p.getUserName(),
                p.getChannelId(),
                invocation -> slack.command(invocation, root, text))
            .thenApply(slack::render);
    try {
      SlackReply rendered = reply.get(slack.replyWait().toMillis(), TimeUnit.MILLISECONDS);
      if (!rendered.rest().isEmpty() || !rendered.files().isEmpty()) {
        slack.finish(
            slack.respond(p.getResponseUrl(), p.getChannelId(), p.getUserId(), rendered, 1),
            "follow-up of a slash reply");
      }
      return ctx.ack(rendered.toSlashResponse());
    } catch (TimeoutException slow) {
      answerLate(p, reply);
      return ctx.ack();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answerLate(p, reply);
      return ctx.ack();
    } catch (ExecutionException e) {
      // run() already turns core failures into a Problem; this is only for rendering bugs.
      log.error("Slash command failed", e);
      return ctx.ack(SlackReply.of(SlackContext.OUR_FAULT).toSlashResponse());
    }
  }

  /** The late answer, through the command's {@code response_url}; every failure is logged. */
  private void answerLate(SlashCommandPayload p, CompletableFuture<SlackReply> reply) {
    CompletableFuture<Void> answered =
        reply
            .exceptionally(
                e -> {
                  log.error("Rendering a slash reply failed", e);
                  return SlackReply.of(SlackContext.OUR_FAULT);
                })
            .thenCompose(
                r -> slack.respond(p.getResponseUrl(), p.getChannelId(), p.getUserId(), r, 0));
    slack.finish(answered, "late slash reply");
  }
}
