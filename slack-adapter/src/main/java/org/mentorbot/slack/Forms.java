package org.mentorbot.slack;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.RawCommand;
import org.mentorbot.core.command.Reply;
import org.mentorbot.slack.blocks.CommandForm;
import org.mentorbot.slack.blocks.MessageBlocks;
import org.mentorbot.slack.blocks.SlackReply;
import org.mentorbot.slack.blocks.SlackText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sign-up form: opened by a bare {@code /mentor signup} or the App Home button, built from the
 * catalogue's options, and submitted as an ordinary command the core validates. A problem that
 * names one of the inputs is shown under that input; any other problem closes the form and is sent
 * to the member privately.
 */
final class Forms {

  private static final Logger log = LoggerFactory.getLogger(Forms.class);

  static final String SIGNUP_ROOT = "mentor";
  static final String SIGNUP_SUB = "signup";
  static final String OPEN_SIGNUP_ACTION = MessageBlocks.OWN_ACTION_PREFIX + "open-signup";

  private static final int ERROR_MAX = 300;

  private final SlackContext slack;
  private final AppHome home;

  Forms(SlackContext slack, AppHome home) {
    this.slack = slack;
    this.home = home;
  }

  /** Opens the sign-up modal; the channel travels in the view so the answer can go back there. */
  void openSignup(String triggerId, String teamId, String userId, String channelId) {
    CommandSpec spec = Catalogue.get(SIGNUP_ROOT, SIGNUP_SUB);
    try {
      ViewsOpenResponse opened =
          slack.client.viewsOpen(
              r ->
                  r.triggerId(triggerId)
                      .view(CommandForm.modal(spec, channelId == null ? "" : channelId)));
      if (!opened.isOk()) {
        log.warn("views.open refused the sign-up form: {}", opened.getError());
        slack.replies.send(
            channelId,
            userId,
            SlackReply.of(
                Reply.problem(
                    "The sign-up form could not be opened (" + opened.getError() + ").",
                    "Use the text form instead: " + spec.usage())));
      }
    } catch (IOException | SlackApiException e) {
      log.warn("views.open failed: {}", e.getMessage());
    }
  }

  Response submit(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
    ViewSubmissionPayload p = request.getPayload();
    Optional<CommandSpec> spec = CommandForm.specOf(p.getView().getCallbackId());
    if (spec.isEmpty()) {
      return ctx.ack();
    }
    String teamId = p.getTeam() != null ? p.getTeam().getId() : p.getUser().getTeamId();
    String userId = p.getUser().getId();
    String channelId = p.getView().getPrivateMetadata();
    RawCommand command = CommandForm.toCommand(spec.get(), p.getView().getState());
    CompletableFuture<Reply> reply =
        slack.async(
            () ->
                slack.core.run(
                    slack.invocation(teamId, userId, p.getUser().getUsername(), channelId),
                    command));
    Reply answer;
    try {
      answer = reply.get(slack.ackBudget.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException slow) {
      SlackContext.logFailure(
          reply.thenAccept(r -> deliver(teamId, userId, channelId, r)), "form answer");
      return ctx.ack();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      SlackContext.logFailure(
          reply.thenAccept(r -> deliver(teamId, userId, channelId, r)), "form answer");
      return ctx.ack();
    }
    if (answer instanceof Reply.Problem problem) {
      Optional<String> input = CommandForm.inputNamedIn(spec.get(), problem.problem());
      if (input.isPresent()) {
        return ctx.ackWithErrors(
            Map.of(input.get(), SlackText.truncate(problem.text(), ERROR_MAX)));
      }
    }
    slack.later(() -> deliver(teamId, userId, channelId, answer));
    return ctx.ack();
  }

  private void deliver(String teamId, String userId, String channelId, Reply reply) {
    SlackReply rendered = slack.render(reply);
    if (channelId == null || channelId.isBlank()) {
      home.publish(teamId, userId, Optional.of(rendered));
    } else {
      slack.replies.send(channelId, userId, rendered);
    }
  }
}
