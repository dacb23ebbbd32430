package org.mentorbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.mentorbot.slack.blocks.MessageBlocks;
import org.mentorbot.slack.blocks.SlackReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Button presses ({@code block_actions}): acked at once, then the core's action id (carried in the
 * button's value) goes to {@code CommandGateway.press}. The answer goes through the message's
 * {@code response_url} (straight to the member if that refuses); presses on the Home tab refresh it
 * with the answer on top. Every press gets an answer, a problem if nothing else.
 */
final class ButtonPresses {

  private static final Logger log = LoggerFactory.getLogger(ButtonPresses.class);

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
    CompletableFuture<Void> answered =
        slack
            .run(
                teamId,
                userId,
                p.getUser().getUsername(),
                channelId,
                invocation -> slack.core.press(invocation, actionId))
            .thenApply(slack::render)
            .exceptionally(
                e -> {
                  log.error("Rendering a button answer failed", e);
                  return SlackReply.of(SlackContext.OUR_FAULT);
                })
            .thenCompose(
                rendered -> {
                  if (onHome || responseUrl == null) {
                    slack.later(() -> home.publish(teamId, userId, Optional.of(rendered)));
                    return CompletableFuture.completedFuture(null);
                  }
                  return slack.respond(responseUrl, channelId, userId, rendered, 0);
                });
    slack.finish(answered, "button answer");
    return ctx.ack();
  }
}
