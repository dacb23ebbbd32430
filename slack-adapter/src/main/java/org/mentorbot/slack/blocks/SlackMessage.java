package org.mentorbot.slack.blocks;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/** One Slack message as it is sent: notification text and Block Kit blocks, within limits. */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
  public SlackMessage {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
  }
}
