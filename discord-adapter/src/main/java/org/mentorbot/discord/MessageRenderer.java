package org.mentorbot.discord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.messaging.Attachment;
import org.mentorbot.core.messaging.Field;
import org.mentorbot.core.messaging.Message;

/**
 * Turns neutral messages into Discord messages: an embed (title, text, fields), buttons whose
 * custom id is the core's action id, the attachment as a file, and the members to ping in the
 * content. Every message allows exactly those user mentions and nothing else (no @everyone, @here
 * or roles), whatever its text says.
 */
final class MessageRenderer {

  private static final int MAX_TITLE = MessageEmbed.TITLE_MAX_LENGTH;
  private static final int MAX_DESCRIPTION = MessageEmbed.DESCRIPTION_MAX_LENGTH;
  private static final int MAX_FIELDS = 25;
  private static final int MAX_FIELD_NAME = MessageEmbed.TITLE_MAX_LENGTH;
  private static final int MAX_FIELD_VALUE = MessageEmbed.VALUE_MAX_LENGTH;
  private static final int MAX_BUTTON_LABEL = 80;
  private static final int BUTTONS_PER_ROW = 5;
  private static final int MAX_ROWS = 5;

  MessageCreateData render(Message message) {
    return render(message, Optional.empty());
  }

  /**
   * @param dmGuildId for a message sent as a DM, the guild it belongs to, carried in its button ids
   *     (see {@link DmActions})
   */
  MessageCreateData render(Message message, Optional<String> dmGuildId) {
    MessageCreateBuilder builder = new MessageCreateBuilder();
    List<String> pinged = message.mentions().stream().filter(Snowflakes::isValid).sorted().toList();
    if (!pinged.isEmpty()) {
      // Embeds never ping, so the members to notify are named in the content.
      builder.setContent(String.join(" ", pinged.stream().map(id -> "<@" + id + ">").toList()));
    }
    builder.setEmbeds(embed(message));
    builder.setComponents(buttonRows(message, dmGuildId));
    message.attachment().ifPresent(a -> builder.setFiles(upload(a)));
    allowOnly(builder, pinged);
    return builder.build();
  }

  /** A problem: what was wrong and how to fix it, pinging nobody. */
  MessageCreateData render(Reply.Problem problem) {
    EmbedBuilder embed = new EmbedBuilder().setDescription(clip(problem.problem(), 2000));
    if (!problem.fix().isBlank()) {
      embed.addField("How to fix it", clip(problem.fix(), MAX_FIELD_VALUE), false);
    }
    MessageCreateBuilder builder = new MessageCreateBuilder().setEmbeds(embed.build());
    allowOnly(builder, List.of());
    return builder.build();
  }

  /** A short plain notice (e.g. where a deferred public answer went), pinging nobody. */
  MessageCreateData notice(String text) {
    MessageCreateBuilder builder = new MessageCreateBuilder().setContent(clip(text, 2000));
    allowOnly(builder, List.of());
    return builder.build();
  }

  private static void allowOnly(MessageCreateBuilder builder, List<String> userIds) {
    builder.setAllowedMentions(EnumSet.noneOf(MentionType.class)).mentionRepliedUser(false);
    if (!userIds.isEmpty()) {
      builder.mentionUsers(userIds);
    }
  }

  private static MessageEmbed embed(Message message) {
    EmbedBuilder embed = new EmbedBuilder();
    if (!message.title().isBlank()) {
      embed.setTitle(clip(message.title(), MAX_TITLE));
    }
    if (!message.text().isBlank()) {
      embed.setDescription(clip(message.text(), MAX_DESCRIPTION));
    }
    for (Field field : message.fields().stream().limit(MAX_FIELDS).toList()) {
      embed.addField(
          clip(orDash(field.name()), MAX_FIELD_NAME),
          clip(orDash(field.value()), MAX_FIELD_VALUE),
          false);
    }
    message
        .attachment()
        .filter(a -> a.mediaType().startsWith("image/"))
        .ifPresent(a -> embed.setImage("attachment://" + a.fileName()));
    if (embed.isEmpty()) {
      embed.setDescription("-");
    }
    return embed.build();
  }

  private static List<ActionRow> buttonRows(Message message, Optional<String> dmGuildId) {
    List<Button> buttons =
        message.buttons().stream()
            .limit((long) BUTTONS_PER_ROW * MAX_ROWS)
            .map(
                b ->
                    Button.of(
                        switch (b.style()) {
                          case PRIMARY -> ButtonStyle.PRIMARY;
                          case SECONDARY -> ButtonStyle.SECONDARY;
                          case DANGER -> ButtonStyle.DANGER;
                        },
                        dmGuildId.map(g -> DmActions.wrap(g, b.actionId())).orElse(b.actionId()),
                        clip(orDash(b.label()), MAX_BUTTON_LABEL)))
            .toList();
    List<ActionRow> rows = new ArrayList<>();
    for (int i = 0; i < buttons.size(); i += BUTTONS_PER_ROW) {
      rows.add(ActionRow.of(buttons.subList(i, Math.min(i + BUTTONS_PER_ROW, buttons.size()))));
    }
    return rows;
  }

  private static FileUpload upload(Attachment attachment) {
    return FileUpload.fromData(attachment.content(), attachment.fileName());
  }

  private static String orDash(String text) {
    return text.isBlank() ? "-" : text;
  }

  static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
