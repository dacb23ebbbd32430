package org.mentorbot.slack;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.view.View;
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
import org.mentorbot.slack.blocks.UnrenderableMessage;
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

  /**
   * Opens the sign-up modal. Called on the ack path: {@code trigger_id} expires 3 seconds after the
   * member acted, so {@code views.open} must not wait behind other work. The channel travels in the
   * view so the answer can go back there. If the form cannot be opened, the member is told how to
   * sign up in text instead.
   */
  void openSignup(String triggerId, String teamId, String userId, String channelId) {
    CommandSpec spec = Catalogue.get(SIGNUP_ROOT, SIGNUP_SUB);
    String refusal;
    try {
      View modal = CommandForm.modal(spec, channelId == null ? "" : channelId);
      ViewsOpenResponse opened = slack.client.viewsOpen(r -> r.triggerId(triggerId).view(modal));
      if (opened.isOk()) {
        return;
      }
      refusal = opened.getError();
      log.warn("views.open refused the sign-up form: {}", refusal);
    } catch (UnrenderableMessage e) {
      refusal = e.getMessage();
      log.warn("The sign-up form cannot be shown on Slack: {}", refusal);
    } catch (IOException | SlackApiException e) {
      refusal = "Slack could not be reached";
      log.warn("views.open failed: {}", e.getMessage());
    }
    String why = refusal;
    slack.later(
        () ->
            slack.replies.send(
                channelId,
                userId,
                SlackReply.of(
                    Reply.problem(
                        "The sign-up form could not be opened (" + why + ").",
                        "Use the text form instead: " + spec.usage())),
                0));
  }

  /**
   * Opens a form the core answered a button with ({@link Reply.Form}); false when Slack refused it
   * or it cannot be shown, and the caller then sends the form's text instead. Blocking: call it off
   * the ack path, within the three seconds the {@code trigger_id} lives.
   */
  boolean open(Reply.Form form, String triggerId, String channelId) {
    try {
      View modal = CommandForm.modal(form, channelId == null ? "" : channelId);
      ViewsOpenResponse opened = slack.client.viewsOpen(r -> r.triggerId(triggerId).view(modal));
      if (opened.isOk()) {
        return true;
      }
      log.warn("views.open refused a form: {}", opened.getError());
    } catch (UnrenderableMessage e) {
      log.warn("A form cannot be shown on Slack: {}", e.getMessage());
    } catch (IOException | SlackApiException e) {
      log.warn("views.open failed: {}", e.getMessage());
    }
    return false;
  }

  Response submit(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
    ViewSubmissionPayload p = request.getPayload();
    Optional<CommandSpec> spec = CommandForm.specOf(p.getView().getCallbackId());
    if (spec.isEmpty()) {
      return ctx.ack();
    }
    String teamId = p.getTeam() != null ? p.getTeam().getId() : p.getUser().getTeamId();
    String userId = p.getUser().getId();
    String metadata = p.getView().getPrivateMetadata();
    String channelId = CommandForm.channelOf(metadata);
    Map<String, String> fixed = CommandForm.fixedOf(metadata);
    RawCommand entered = CommandForm.toCommand(spec.get(), p.getView().getState());
    // A core form (the office-hours Join question) carries options of its own: they win.
    RawCommand command =
        fixed.isEmpty()
            ? entered
            : Reply.Form.submission(entered.root(), entered.sub(), fixed, entered.named());
    CompletableFuture<Reply> reply =
        slack.run(
            teamId,
            userId,
            p.getUser().getUsername(),
            channelId,
            invocation -> slack.core.run(invocation, command));
    Reply answer;
    try {
      answer = reply.get(slack.ackBudget.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException slow) {
      slack.finish(
          reply.thenAccept(r -> slack.later(() -> deliver(teamId, userId, channelId, r))),
          "form answer");
      return ctx.ack();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      slack.finish(
          reply.thenAccept(r -> slack.later(() -> deliver(teamId, userId, channelId, r))),
          "form answer");
      return ctx.ack();
    }
    if (answer instanceof Reply.Problem problem) {
      Optional<String> input = CommandForm.inputNamedIn(spec.get(), fixed, problem.problem());
      if (input.isPresent()) {
        return ctx.ackWithErrors(
            Map.of(input.get(), MessageBlocks.plain(problem.text(), ERROR_MAX)));
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
      slack.replies.send(channelId, userId, rendered, 0);
    }
  }
}
