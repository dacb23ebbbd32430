package org.mentorbot.slack.blocks;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mentorbot.core.messaging.Attachment;

/**
 * A core message laid out for Slack: one message, or several in order when it is longer than one
 * Slack message holds, and a text file with all of it when even {@link SlackLimits#MESSAGE_PARTS}
 * messages would not. Nothing of the content is dropped.
 */
public record SlackLayout(List<SlackMessage> parts, Optional<Attachment> fullText) {
  public SlackLayout {
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a layout has at least one message");
    }
    Objects.requireNonNull(fullText, "fullText");
  }

  public SlackMessage first() {
    return parts.get(0);
  }

  /** The parts after the first, sent after it in order. */
  public List<SlackMessage> rest() {
    return parts.subList(1, parts.size());
  }
}
