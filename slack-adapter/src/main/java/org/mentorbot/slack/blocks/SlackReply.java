package org.mentorbot.slack.blocks;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.command.Visibility;
import org.mentorbot.core.messaging.Attachment;
import org.mentorbot.core.messaging.TimeTokens;

/**
 * A core {@link Reply} rendered for Slack: ephemeral (only the caller sees it) or in the channel,
 * with Block Kit blocks, fallback text and an optional file to upload after it.
 */
public record SlackReply(
    boolean ephemeral, String text, List<LayoutBlock> blocks, Optional<Attachment> attachment) {

  public SlackReply {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(attachment, "attachment");
  }

  public static SlackReply of(Reply reply) {
    return of(reply, id -> id);
  }

  /** The rendered reply; members who are not pinged are shown by {@code nameOf}. */
  public static SlackReply of(Reply reply, UnaryOperator<String> nameOf) {
    if (reply instanceof Reply.Shown shown) {
      return new SlackReply(
          shown.visibility() == Visibility.PRIVATE,
          MessageBlocks.fallbackText(shown.message(), nameOf),
          MessageBlocks.of(shown.message(), nameOf),
          shown.message().attachment());
    }
    return problem((Reply.Problem) reply);
  }

  private static SlackReply problem(Reply.Problem problem) {
    String headline =
        SlackText.truncate(
            ":warning: *" + SlackText.escape(TimeTokens.utc(problem.problem())) + "*",
            MessageBlocks.SECTION_TEXT_MAX);
    List<LayoutBlock> blocks =
        problem.fix().isBlank()
            ? List.of(section(s -> s.text(markdownText(headline))))
            : List.of(
                section(s -> s.text(markdownText(headline))),
                context(
                    c ->
                        c.elements(
                            List.of(
                                markdownText(
                                    SlackText.truncate(
                                        SlackText.escape(TimeTokens.utc(problem.fix())),
                                        MessageBlocks.FIELD_TEXT_MAX))))));
    return new SlackReply(
        true,
        SlackText.truncate(
            SlackText.escape(TimeTokens.utc(problem.text())), MessageBlocks.SECTION_TEXT_MAX),
        blocks,
        Optional.empty());
  }

  public String responseType() {
    return ephemeral ? "ephemeral" : "in_channel";
  }

  /** The body of a slash-command ack or a {@code response_url} post. */
  public SlashCommandResponse toSlashResponse() {
    return SlashCommandResponse.builder()
        .responseType(responseType())
        .text(text)
        .blocks(blocks)
        .build();
  }
}
