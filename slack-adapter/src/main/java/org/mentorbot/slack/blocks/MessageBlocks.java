package org.mentorbot.slack.blocks;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Field;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.messaging.TimeTokens;

/**
 * Renders a neutral {@link Message} as Block Kit: the title as a header, the text in sections,
 * fields two to a row, buttons in action rows. Every text goes through {@link SlackText} and is cut
 * to Block Kit's limits, so no member input can break a message or ping anyone unnamed.
 */
public final class MessageBlocks {

  /** Prefix of action ids the adapter owns itself (such as the sign-up form button). */
  public static final String OWN_ACTION_PREFIX = "mentorbot-slack:";

  static final int SECTION_TEXT_MAX = 3000;
  static final int FIELD_TEXT_MAX = 2000;
  static final int HEADER_MAX = 150;
  static final int BUTTON_LABEL_MAX = 75;
  static final int FIELDS_PER_SECTION = 10;
  static final int BUTTONS_PER_ROW = 5;

  private MessageBlocks() {}

  public static List<LayoutBlock> of(Message message) {
    return of(message, id -> id);
  }

  /** The blocks, with members who are not pinged shown by {@code nameOf}. */
  public static List<LayoutBlock> of(Message message, UnaryOperator<String> nameOf) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (!message.title().isBlank()) {
      String title = truncatePlain(TimeTokens.utc(message.title()), HEADER_MAX);
      blocks.add(header(h -> h.text(plainText(title))));
    }
    for (String chunk : chunks(SlackText.mrkdwn(message.text(), message.mentions(), nameOf))) {
      blocks.add(section(s -> s.text(markdownText(chunk))));
    }
    List<TextObject> fields = new ArrayList<>();
    for (Field field : message.fields()) {
      String text =
          "*"
              + SlackText.escape(TimeTokens.utc(field.name()))
              + "*\n"
              + SlackText.mrkdwn(field.value(), message.mentions(), nameOf);
      fields.add(markdownText(SlackText.truncate(text, FIELD_TEXT_MAX)));
    }
    for (int i = 0; i < fields.size(); i += FIELDS_PER_SECTION) {
      List<TextObject> row = fields.subList(i, Math.min(fields.size(), i + FIELDS_PER_SECTION));
      blocks.add(section(s -> s.fields(List.copyOf(row))));
    }
    blocks.addAll(buttonRows(message.buttons()));
    return blocks;
  }

  /** The notification and screen-reader text sent next to the blocks. */
  public static String fallbackText(Message message) {
    return fallbackText(message, id -> id);
  }

  public static String fallbackText(Message message, UnaryOperator<String> nameOf) {
    String text = SlackText.mrkdwn(message.text(), message.mentions(), nameOf);
    String full =
        message.title().isBlank()
            ? text
            : SlackText.escape(TimeTokens.utc(message.title())) + "\n" + text;
    return SlackText.truncate(full.isBlank() ? "(no text)" : full, SECTION_TEXT_MAX);
  }

  /** Buttons in rows; each button carries the core's action id in its value. */
  public static List<LayoutBlock> buttonRows(List<Button> buttons) {
    List<LayoutBlock> rows = new ArrayList<>();
    Set<String> usedIds = new HashSet<>();
    List<BlockElement> row = new ArrayList<>();
    for (Button button : buttons) {
      row.add(button(button, uniqueId(button.actionId(), usedIds)));
      if (row.size() == BUTTONS_PER_ROW) {
        List<BlockElement> full = List.copyOf(row);
        rows.add(actions(a -> a.elements(full)));
        row.clear();
      }
    }
    if (!row.isEmpty()) {
      List<BlockElement> rest = List.copyOf(row);
      rows.add(actions(a -> a.elements(rest)));
    }
    return rows;
  }

  /** Slack wants action ids unique within a message; the value keeps the core's id intact. */
  private static String uniqueId(String actionId, Set<String> used) {
    String id = actionId;
    for (int n = 2; !used.add(id); n++) {
      id = actionId + "#" + n;
    }
    return id;
  }

  private static ButtonElement button(Button button, String actionId) {
    String label = truncatePlain(TimeTokens.utc(button.label()), BUTTON_LABEL_MAX);
    String style =
        switch (button.style()) {
          case PRIMARY -> "primary";
          case DANGER -> "danger";
          case SECONDARY -> null;
        };
    return ButtonElement.builder()
        .text(plainText(label.isBlank() ? "…" : label))
        .actionId(actionId)
        .value(button.actionId())
        .style(style)
        .build();
  }

  /** The core action id a pressed button carries. */
  public static String pressedActionId(String value, String actionId) {
    if (value != null && !value.isBlank()) {
      return value;
    }
    int hash = actionId.lastIndexOf('#');
    return hash > 0 ? actionId.substring(0, hash) : actionId;
  }

  static List<String> chunks(String text) {
    List<String> chunks = new ArrayList<>();
    if (text.isBlank()) {
      return chunks;
    }
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String piece = SlackText.truncate(line, SECTION_TEXT_MAX);
      if (current.length() > 0 && current.length() + 1 + piece.length() > SECTION_TEXT_MAX) {
        chunks.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append('\n');
      }
      current.append(piece);
    }
    if (!current.toString().isBlank()) {
      chunks.add(current.toString());
    }
    return chunks;
  }

  /** Plain-text objects are not parsed for markup, so they need cutting, not escaping. */
  static String truncatePlain(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
