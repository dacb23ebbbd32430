package org.mentorbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.mentorbot.slack.blocks.MessageBlocks;
import org.mentorbot.slack.blocks.SlackReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Button presses ({@code block_actions}): acked at once, then the core's action id (carried in the
 * button's value) goes to {@code CommandGateway.press}. The answer goes through the message's
 * {@code response_url}; presses on the Home tab refresh it with the answer on top.
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
      String trigger = p.getTriggerId();
      slack.later(() -> forms.openSignup(trigger, teamId, userId, channelId));
      return ctx.ack();
    }
    if (actionId.startsWith(MessageBlocks.OWN_ACTION_PREFIX)) {
      return ctx.ack();
    }
    boolean onHome = p.getContainer() != null && "view".equals(p.getContainer().getType());
    String responseUrl = p.getResponseUrl();
    CompletableFuture<Void> answered =
        slack
            .async(
                () ->
                    slack.core.press(
                        slack.invocation(teamId, userId, p.getUser().getUsername(), channelId),
                        actionId))
            .thenAccept(
                reply -> {
                  SlackReply rendered = slack.render(reply);
                  if (onHome || responseUrl == null) {
                    home.publish(teamId, userId, Optional.of(rendered));
                  } else {
                    respond(ctx, channelId, userId, rendered);
                  }
                });
    SlackContext.logFailure(answered, "button answer");
    return ctx.ack();
  }

  private void respond(ActionContext ctx, String channelId, String userId, SlackReply reply) {
    ActionResponse response =
        ActionResponse.builder()
            .responseType(reply.responseType())
            .replaceOriginal(false)
            .text(reply.text())
            .blocks(reply.blocks())
            .build();
    try {
      int code = ctx.respond(response).getCode();
      if (code != 200) {
        log.warn("response_url refused a button answer (HTTP {}); sending it directly", code);
        slack.replies.send(channelId, userId, reply);
        return;
      }
      slack.replies.attach(channelId, userId, reply);
    } catch (IOException e) {
      log.warn("response_url unreachable ({}); sending the answer directly", e.getMessage());
      slack.replies.send(channelId, userId, reply);
    }
  }
}
