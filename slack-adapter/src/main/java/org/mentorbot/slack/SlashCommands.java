package org.mentorbot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mentorbot.slack.blocks.SlackReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /mentor}, {@code /round}, {@code /officehours} and {@code /queue}: the text goes to the
 * core unchanged. Slack wants an answer within 3 seconds, so the reply rides on the ack when the
 * core is quick and follows through {@code response_url} when it is not. A bare {@code /mentor
 * signup} opens the sign-up form instead.
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
      String trigger = p.getTriggerId();
      slack.later(() -> forms.openSignup(trigger, p.getTeamId(), p.getUserId(), p.getChannelId()));
      return ctx.ack();
    }
    CompletableFuture<SlackReply> reply =
        slack
            .async(
                () ->
                    slack.core.runText(
                        slack.invocation(
                            p.getTeamId(), p.getUserId(), p.getUserName(), p.getChannelId()),
                        root,
                        text))
            .thenApply(slack::render);
    try {
      long budget = slack.replyWait().toMillis();
      SlackReply rendered = reply.get(budget, TimeUnit.MILLISECONDS);
      if (rendered.attachment().isPresent()) {
        slack.later(() -> slack.replies.attach(p.getChannelId(), p.getUserId(), rendered));
      }
      return ctx.ack(rendered.toSlashResponse());
    } catch (TimeoutException slow) {
      SlackContext.logFailure(reply.thenAccept(r -> respond(ctx, p, r)), "late slash reply");
      return ctx.ack();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      SlackContext.logFailure(reply.thenAccept(r -> respond(ctx, p, r)), "late slash reply");
      return ctx.ack();
    } catch (ExecutionException e) {
      // async() already turns core failures into a Problem; this is only for rendering bugs.
      log.error("Slash command failed", e);
      return ctx.ack(SlackReply.of(SlackContext.OUR_FAULT).toSlashResponse());
    }
  }

  /** The late answer, through the command's {@code response_url}. */
  private void respond(SlashCommandContext ctx, SlashCommandPayload p, SlackReply reply) {
    try {
      var response = ctx.respond(reply.toSlashResponse());
      if (response.getCode() != 200) {
        log.warn(
            "response_url refused the reply (HTTP {}); sending it directly", response.getCode());
        slack.replies.send(p.getChannelId(), p.getUserId(), reply);
        return;
      }
      slack.replies.attach(p.getChannelId(), p.getUserId(), reply);
    } catch (IOException e) {
      log.warn("response_url unreachable ({}); sending the reply directly", e.getMessage());
      slack.replies.send(p.getChannelId(), p.getUserId(), reply);
    }
  }
}
