package org.mentorbot.slack.blocks;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.command.Visibility;
import org.mentorbot.core.messaging.Attachment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A core {@link Reply} rendered for Slack: ephemeral (only the caller sees it) or in the channel,
 * as one or more messages within Slack's limits (the first answers the command, the rest follow in
 * order), and files to upload after them (a chart, or the full text of a very long answer).
 */
public record SlackReply(boolean ephemeral, List<SlackMessage> parts, List<Attachment> files) {

  private static final Logger log = LoggerFactory.getLogger(SlackReply.class);

  public SlackReply {
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a reply has at least one message");
    }
    files = List.copyOf(files);
  }

  public static SlackReply of(Reply reply) {
    return of(reply, id -> id);
  }

  /**
   * The rendered reply; members who are not pinged are shown by {@code nameOf}. A message Slack
   * cannot show becomes a problem saying so, so the member always gets an answer.
   */
  public static SlackReply of(Reply reply, UnaryOperator<String> nameOf) {
    if (reply instanceof Reply.Form form) { // where no modal can open: how to run it by hand
      return of(Reply.privately(form.instead()), nameOf);
    }
    if (reply instanceof Reply.Shown shown) {
      SlackLayout layout;
      try {
        layout = MessageBlocks.layout(shown.message(), nameOf);
      } catch (UnrenderableMessage e) {
        log.warn("A reply cannot be shown on Slack: {}", e.getMessage());
        return problem(
            new Reply.Problem(
                "This answer cannot be shown on Slack: " + e.getMessage() + ".",
                "Nothing else went wrong; please tell a moderator."));
      }
      List<Attachment> files = new ArrayList<>();
      shown.message().attachment().ifPresent(files::add);
      layout.fullText().ifPresent(files::add);
      return new SlackReply(shown.visibility() == Visibility.PRIVATE, layout.parts(), files);
    }
    return problem((Reply.Problem) reply);
  }

  /**
   * A problem, always private. The core's own mentions in it stay mentions (an ephemeral message
   * notifies nobody, and "<@U1> is not on the roster" should show the member); member text in it
   * was defused by the core and is escaped here, so it cannot form one.
   */
  private static SlackReply problem(Reply.Problem problem) {
    String said = SlackText.mrkdwn(problem.problem(), SlackText.mentionsIn(problem.problem()));
    String headline = SlackText.truncate(":warning: *" + said + "*", SlackLimits.SECTION_TEXT);
    String fix =
        SlackText.truncate(
            SlackText.mrkdwn(problem.fix(), SlackText.mentionsIn(problem.fix())),
            SlackLimits.CONTEXT_TEXT);
    List<LayoutBlock> blocks =
        problem.fix().isBlank()
            ? List.of(section(s -> s.text(markdownText(headline))))
            : List.of(
                section(s -> s.text(markdownText(headline))),
                context(c -> c.elements(List.of(markdownText(fix)))));
    String text =
        SlackText.truncate(
            said + (problem.fix().isBlank() ? "" : " " + fix), SlackLimits.FALLBACK_TEXT);
    return new SlackReply(true, List.of(new SlackMessage(text, blocks)), List.of());
  }

  /** The first message's notification text. */
  public String text() {
    return parts.get(0).text();
  }

  /** The first message's blocks. */
  public List<LayoutBlock> blocks() {
    return parts.get(0).blocks();
  }

  /** The messages after the first, sent after it in order. */
  public List<SlackMessage> rest() {
    return parts.subList(1, parts.size());
  }

  public String responseType() {
    return ephemeral ? "ephemeral" : "in_channel";
  }

  /** The body of a slash-command ack or a {@code response_url} post: the first message. */
  public SlashCommandResponse toSlashResponse() {
    return toSlashResponse(parts.get(0));
  }

  /** One of the reply's messages as a {@code response_url} post. */
  public SlashCommandResponse toSlashResponse(SlackMessage part) {
    Objects.requireNonNull(part, "part");
    return SlashCommandResponse.builder()
        .responseType(responseType())
        .text(part.text())
        .blocks(part.blocks())
        .build();
  }
}
