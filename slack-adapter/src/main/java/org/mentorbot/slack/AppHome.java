package org.mentorbot.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.slack.blocks.MessageBlocks;
import org.mentorbot.slack.blocks.SlackLimits;
import org.mentorbot.slack.blocks.SlackReply;
import org.mentorbot.slack.blocks.UnrenderableMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The App Home tab: the member's overview from the core (profile, matches, queue entries) and a
 * button to the sign-up form. Answers to buttons pressed there are shown at the top of the tab,
 * since Home has no ephemeral messages.
 */
final class AppHome {

  private static final Logger log = LoggerFactory.getLogger(AppHome.class);
  private static final String TOO_LONG =
      "Your overview is longer than the Home tab shows: `/mentor profile` and `/mentor matches`"
          + " show all of it.";

  private final SlackContext slack;

  AppHome(SlackContext slack) {
    this.slack = slack;
  }

  Response opened(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
    AppHomeOpenedEvent event = payload.getEvent();
    if (event.getTab() == null || "home".equals(event.getTab())) {
      String teamId = ctx.getTeamId() != null ? ctx.getTeamId() : payload.getTeamId();
      slack.later(() -> publish(teamId, event.getUser(), Optional.empty()));
    }
    return ctx.ack();
  }

  /** Renders and publishes the member's Home tab, with {@code notice} on top if given. */
  void publish(String teamId, String userId, Optional<SlackReply> notice) {
    Invocation invocation = slack.invocation(teamId, userId, userId, null);
    Message overview;
    try {
      overview = slack.core.overview(invocation);
    } catch (RuntimeException e) {
      log.error("The core could not build the overview for {}", userId, e);
      overview = Message.of("Your overview is unavailable right now; please try again later.");
    }
    List<LayoutBlock> blocks = new ArrayList<>();
    notice.ifPresent(
        n -> {
          n.parts().forEach(part -> blocks.addAll(part.blocks()));
          blocks.add(divider());
        });
    try {
      MessageBlocks.layout(overview, slack.actors::nameOf)
          .parts()
          .forEach(part -> blocks.addAll(part.blocks()));
    } catch (UnrenderableMessage e) {
      log.warn("The overview of {} cannot be shown on Slack: {}", userId, e.getMessage());
      blocks.add(section(s -> s.text(markdownText("Your overview cannot be shown here."))));
    }
    List<LayoutBlock> buttons =
        MessageBlocks.buttonRows(
            List.of(Button.secondary("Sign-up form", Forms.OPEN_SIGNUP_ACTION)));
    View view = View.builder().type("home").blocks(fitted(blocks, buttons)).build();
    try {
      ViewsPublishResponse response = slack.client.viewsPublish(r -> r.userId(userId).view(view));
      if (!response.isOk()) {
        log.warn("views.publish refused the Home tab for {}: {}", userId, response.getError());
      }
    } catch (IOException | SlackApiException e) {
      log.warn("views.publish failed for {}: {}", userId, e.getMessage());
    }
  }

  /**
   * The Home tab's blocks within Slack's 100: the content, then the buttons. Content that does not
   * fit ends in a line saying where the rest is, never silently.
   */
  static List<LayoutBlock> fitted(List<LayoutBlock> content, List<LayoutBlock> buttons) {
    int room = SlackLimits.VIEW_BLOCKS - buttons.size();
    List<LayoutBlock> shown = new ArrayList<>();
    if (content.size() <= room) {
      shown.addAll(content);
    } else {
      shown.addAll(content.subList(0, room - 1));
      shown.add(context(c -> c.elements(List.of(markdownText(TOO_LONG)))));
    }
    shown.addAll(buttons);
    return List.copyOf(shown);
  }
}
