package org.mentorbot.discord.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.mentorbot.core.messaging.TimeTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the core's neutral messages into Discord messages that Discord accepts, whatever the core
 * sends. One core message becomes one Discord message when it fits, else several in order (see
 * {@link EmbedPages}); past {@link DiscordLimits#MAX_PARTS} parts the first part is sent with the
 * whole message attached as a text file. Nothing is cut silently: only names, titles and labels are
 * shortened, with an ellipsis.
 *
 * <p>Each part is an embed (title, text, fields). The first part carries the attachment; the last
 * carries the buttons (custom id = the core's action id, through {@code customIds}; duplicates
 * dropped, as Discord refuses two equal ids in one message). The members to ping are named in the
 * content, since embeds never ping, and each part allows exactly the users its content names:
 * never @everyone, @here or a role, whatever the text says.
 */
public final class MessageRenderer {
  private static final Logger log = LoggerFactory.getLogger(MessageRenderer.class);
  private static final Pattern USER_MENTION = Pattern.compile("<@(\\d{1,20})>");
  private static final String CONTINUED = "(continued)";

  /** Renders with button custom ids equal to the core's action ids. */
  public List<MessageCreateData> render(Message message) {
    return render(message, UnaryOperator.identity());
  }

  /**
   * Renders with each button's custom id made from the core's action id by {@code customIds}.
   *
   * @param customIds the custom id for a button's action id (e.g. with the guild added for a button
   *     in a direct message); its result is kept to Discord's 100 characters by the caller
   */
  public List<MessageCreateData> render(Message message, UnaryOperator<String> customIds) {
    List<EmbedPages.Page> pages = EmbedPages.of(message.title(), message.text(), message.fields());
    List<FileUpload> files = new ArrayList<>();
    List<Field> notes = new ArrayList<>();
    message.attachment().ifPresent(a -> attach(a, files, notes));
    if (pages.size() > DiscordLimits.MAX_PARTS) {
      files.add(FileUpload.fromData(plainText(message), textFileName(message)));
      notes.add(
          new Field(
              "The rest is in the attached file",
              "This is too long for Discord messages; `"
                  + textFileName(message)
                  + "` holds all of it."));
      pages = List.of(pages.get(0));
    }
    if (!notes.isEmpty()) {
      pages = withNotes(pages, notes);
    }
    List<String> content =
        message.mentions().isEmpty()
            ? List.of()
            : pings(message.mentions().stream().sorted().toList());
    List<List<ActionRow>> buttonMessages = buttonRows(message, customIds);

    int count = Math.max(pages.size(), content.size());
    List<MessageCreateData> parts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      MessageCreateBuilder part = new MessageCreateBuilder();
      String text = i < content.size() ? content.get(i) : "";
      if (!text.isEmpty()) {
        part.setContent(text);
      }
      if (i < pages.size()) {
        part.setEmbeds(
            embed(pages.get(i), i == 0 ? message.attachment() : java.util.Optional.empty()));
      }
      if (i == 0) {
        part.setFiles(files);
      }
      if (i == count - 1 && !buttonMessages.isEmpty()) {
        part.setComponents(buttonMessages.get(0));
      }
      allowOnly(part, mentioned(text));
      parts.add(part.build());
    }
    // Buttons past Discord's 25 per message follow in messages of their own.
    for (List<ActionRow> rows :
        buttonMessages.subList(Math.min(1, buttonMessages.size()), buttonMessages.size())) {
      MessageCreateBuilder more =
          new MessageCreateBuilder().setContent(CONTINUED).setComponents(rows);
      allowOnly(more, List.of());
      parts.add(more.build());
    }
    return List.copyOf(parts);
  }

  /** A problem: what was wrong and how to fix it, pinging nobody. */
  public List<MessageCreateData> render(Reply.Problem problem) {
    Message.Builder message = Message.builder(problem.problem());
    if (!problem.fix().isBlank()) {
      message.field("How to fix it", problem.fix());
    }
    return render(message.build());
  }

  /** A short plain notice (e.g. where a deferred public answer went), pinging nobody. */
  public MessageCreateData notice(String text) {
    MessageCreateBuilder builder =
        new MessageCreateBuilder()
            .setContent(DiscordText.clip(EmbedPages.orDash(text), DiscordLimits.CONTENT));
    allowOnly(builder, List.of());
    return builder.build();
  }

  private static MessageEmbed embed(
      EmbedPages.Page page, java.util.Optional<Attachment> attachment) {
    EmbedBuilder embed = new EmbedBuilder();
    if (!page.title().isBlank()) {
      // Discord shows titles and field names raw: times there are given in UTC.
      embed.setTitle(TimeTokens.utc(page.title()));
    }
    if (!page.description().isEmpty()) {
      embed.setDescription(page.description());
    }
    for (Field field : page.fields()) {
      embed.addField(TimeTokens.utc(field.name()), field.value(), false);
    }
    attachment
        .filter(
            a ->
                a.mediaType().startsWith("image/")
                    && a.content().length <= DiscordLimits.FILE_BYTES)
        .ifPresent(a -> embed.setImage("attachment://" + a.fileName()));
    if (embed.isEmpty()) {
      embed.setDescription("-");
    }
    return embed.build();
  }

  /** The first page with the notes added, making room by moving its last fields to a new page. */
  private static List<EmbedPages.Page> withNotes(List<EmbedPages.Page> pages, List<Field> notes) {
    EmbedPages.Page first = pages.get(0);
    List<Field> fields = new ArrayList<>(first.fields());
    List<Field> moved = new ArrayList<>();
    int noteSize = notes.stream().mapToInt(f -> f.name().length() + f.value().length()).sum();
    while (!fields.isEmpty()
        && (fields.size() + notes.size() > DiscordLimits.FIELDS
            || new EmbedPages.Page(first.title(), first.description(), fields).size() + noteSize
                > DiscordLimits.EMBED_TOTAL)) {
      moved.add(0, fields.remove(fields.size() - 1));
    }
    fields.addAll(notes);
    List<EmbedPages.Page> result = new ArrayList<>();
    result.add(new EmbedPages.Page(first.title(), first.description(), fields));
    if (!moved.isEmpty()) {
      // Only reached when the message had one page: the moved fields become a second one.
      result.add(new EmbedPages.Page(first.title(), "", moved));
    }
    result.addAll(pages.subList(1, pages.size()));
    return result;
  }

  private static void attach(Attachment a, List<FileUpload> files, List<Field> notes) {
    byte[] content = a.content();
    if (content.length > DiscordLimits.FILE_BYTES) {
      notes.add(
          new Field(
              "File not attached",
              "`"
                  + DiscordText.clip(a.fileName(), 100)
                  + "` is "
                  + (content.length / (1024 * 1024))
                  + " MB; Discord takes files up to "
                  + DiscordLimits.FILE_BYTES / (1024 * 1024)
                  + " MB."));
      return;
    }
    files.add(FileUpload.fromData(content, a.fileName()));
  }

  /** The members to ping, as content parts of at most 2,000 characters (never a cut mention). */
  private static List<String> pings(List<String> userIds) {
    String all = String.join(" ", userIds.stream().map(id -> "<@" + id + ">").toList());
    return DiscordText.split(all, DiscordLimits.CONTENT);
  }

  private static List<String> mentioned(String content) {
    List<String> ids = new ArrayList<>();
    Matcher m = USER_MENTION.matcher(content);
    while (m.find() && ids.size() < DiscordLimits.ALLOWED_USERS) {
      ids.add(m.group(1));
    }
    return ids;
  }

  private static void allowOnly(MessageCreateBuilder builder, List<String> userIds) {
    builder.setAllowedMentions(EnumSet.noneOf(MentionType.class)).mentionRepliedUser(false);
    if (!userIds.isEmpty()) {
      builder.mentionUsers(userIds);
    }
  }

  /** Rows of buttons per message: up to 5 rows of 5 each, with no custom id twice. */
  private static List<List<ActionRow>> buttonRows(
      Message message, UnaryOperator<String> customIds) {
    Map<String, Button> byId = new LinkedHashMap<>();
    for (org.mentorbot.core.messaging.Button b : message.buttons()) {
      String id = customIds.apply(b.actionId());
      if (byId.containsKey(id)) {
        log.warn("Dropped a second button with action id {} from one message", b.actionId());
        continue;
      }
      byId.put(
          id,
          Button.of(
              switch (b.style()) {
                case PRIMARY -> ButtonStyle.PRIMARY;
                case SECONDARY -> ButtonStyle.SECONDARY;
                case DANGER -> ButtonStyle.DANGER;
              },
              id,
              DiscordText.clip(
                  EmbedPages.orDash(TimeTokens.utc(b.label())), DiscordLimits.BUTTON_LABEL)));
    }
    List<Button> buttons = List.copyOf(byId.values());
    int perMessage = DiscordLimits.ACTION_ROWS * DiscordLimits.BUTTONS_PER_ROW;
    List<List<ActionRow>> messages = new ArrayList<>();
    for (int m = 0; m < buttons.size(); m += perMessage) {
      List<Button> these = buttons.subList(m, Math.min(m + perMessage, buttons.size()));
      List<ActionRow> rows = new ArrayList<>();
      for (int i = 0; i < these.size(); i += DiscordLimits.BUTTONS_PER_ROW) {
        rows.add(
            ActionRow.of(
                these.subList(i, Math.min(i + DiscordLimits.BUTTONS_PER_ROW, these.size()))));
      }
      messages.add(rows);
    }
    return messages;
  }

  /** The whole message as plain text, for the file a very long message is attached as. */
  private static byte[] plainText(Message message) {
    StringBuilder out = new StringBuilder();
    if (!message.title().isBlank()) {
      out.append(message.title()).append("\n\n");
    }
    if (!message.text().isBlank()) {
      out.append(message.text()).append("\n\n");
    }
    for (Field field : message.fields()) {
      out.append(field.name()).append('\n').append(field.value()).append("\n\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String textFileName(Message message) {
    String base =
        message
            .title()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    base = base.isEmpty() ? "message" : base.substring(0, Math.min(base.length(), 60));
    return base + ".txt";
  }
}
