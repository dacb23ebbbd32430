package org.mentorbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.mentorbot.core.command.Reply;
import org.mentorbot.slack.blocks.MessageBlocks;
import org.mentorbot.slack.blocks.SlackReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Button presses ({@code block_actions}): acked at once, then the core's action id (carried in the
 * button's value) goes to {@code CommandGateway.press}. The answer goes through the message's
 * {@code response_url} (straight to the member if that refuses); presses on the Home tab refresh it
 * with the answer on top. A press the core answers with a form (the office-hours Join button) opens
 * it as a modal. Every press gets an answer, a problem if nothing else.
 */
final class ButtonPresses {

  private static final Logger log = LoggerFactory.getLogger(ButtonPresses.class);

  /**
   * A {@code trigger_id} lives three seconds from the click; a form is opened only if the core
   * answered well within that, as {@code views.open} itself takes a round trip.
   */
  private static final Duration TRIGGER_LIFE = Duration.ofMillis(2500);

  private final SlackContext slack;
  private final Forms forms;
  private final AppHome home;

  ButtonPresses(SlackContext slack, Forms forms, AppHome home) {
    this.slack = slack;
    this.forms = forms;
    this.home = home;
  }

  Response handle(BlockActionRequest request, ActionContext ctx) {
    BlockActionPayload p = request.getPayload();
    if (p.getActions() == null || p.getActions().isEmpty()) {
      return ctx.ack();
    }
    BlockActionPayload.Action action = p.getActions().get(0);
    String actionId = MessageBlocks.pressedActionId(action.getValue(), action.getActionId());
    String teamId = p.getTeam() != null ? p.getTeam().getId() : p.getUser().getTeamId();
    String userId = p.getUser().getId();
    String channelId = p.getChannel() == null ? null : p.getChannel().getId();
    if (Forms.OPEN_SIGNUP_ACTION.equals(actionId)) {
      forms.openSignup(p.getTriggerId(), teamId, userId, channelId); // on the ack path: trigger_id
      return ctx.ack();
    }
    if (actionId.startsWith(MessageBlocks.OWN_ACTION_PREFIX)) {
      return ctx.ack();
    }
    boolean onHome = p.getContainer() != null && "view".equals(p.getContainer().getType());
    String responseUrl = p.getResponseUrl();
    long received = System.nanoTime();
    CompletableFuture<Void> answered =
        slack
            .run(
                teamId,
                userId,
                p.getUser().getUsername(),
                channelId,
                invocation -> slack.core.press(invocation, actionId))
            .thenCompose(
                reply -> {
                  SlackReply rendered;
                  try {
                    Optional<Reply> shown =
                        formOrReply(reply, received, p.getTriggerId(), channelId);
                    if (shown.isEmpty()) {
                      return CompletableFuture.completedFuture(null);
                    }
                    rendered = slack.render(shown.get());
                  } catch (RuntimeException e) {
                    log.error("Rendering a button answer failed", e);
                    rendered = SlackReply.of(SlackContext.OUR_FAULT);
                  }
                  if (onHome || responseUrl == null) {
                    SlackReply home = rendered;
                    slack.later(() -> this.home.publish(teamId, userId, Optional.of(home)));
                    return CompletableFuture.completedFuture(null);
                  }
                  return slack.respond(responseUrl, channelId, userId, rendered, 0);
                });
    slack.finish(answered, "button answer");
    return ctx.ack();
  }

  /**
   * A form the core answered with opens as a modal while the press's {@code trigger_id} still
   * lives; the press then needs no other answer (empty: nothing is posted). When it is too late, or
   * Slack refuses, the member gets the form's text saying how to run the command.
   */
  private Optional<Reply> formOrReply(
      Reply reply, long received, String triggerId, String channelId) {
    if (!(reply instanceof Reply.Form form)) {
      return Optional.of(reply);
    }
    boolean inTime = System.nanoTime() - received < TRIGGER_LIFE.toNanos();
    if (inTime && triggerId != null && forms.open(form, triggerId, channelId)) {
      return Optional.empty();
    }
    return Optional.of(Reply.privately(form.instead()));
  }
}
