package org.mentorbot.slack.blocks;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorbot.core.messaging.Attachment;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Field;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.messaging.TimeTokens;

/**
 * Renders a neutral {@link Message} as Block Kit within every Slack limit ({@link SlackLimits}):
 * the title as a header, the text in sections, fields ten to a section, buttons in action rows.
 * Text longer than a block holds is split over several blocks, blocks over several messages, and a
 * message longer than {@link SlackLimits#MESSAGE_PARTS} messages also comes as a text file; content
 * is never cut. Labels (header, button text) that must be short are clipped visibly, with the full
 * title kept in the text. Every text goes through {@link SlackText}, so no member input can break a
 * message or ping anyone unnamed.
 */
public final class MessageBlocks {

  /** Prefix of action ids the adapter owns itself (such as the sign-up form button). */
  public static final String OWN_ACTION_PREFIX = "mentorbot-slack:";

  static final int BUTTONS_PER_ROW = 5;
  static final int MAX_BUTTONS = 100;

  /** One block and the characters of text it carries (for the per-message text budget). */
  private record Unit(LayoutBlock block, int chars) {}

  private static final Pattern MENTION = Pattern.compile("<@([A-Za-z0-9._-]{1,64})>");

  private MessageBlocks() {}

  /** The message laid out for Slack, with members who are not pinged shown by {@code nameOf}. */
  public static SlackLayout layout(Message message, UnaryOperator<String> nameOf) {
    List<Unit> content = content(message, nameOf);
    List<Unit> buttons = new ArrayList<>();
    for (LayoutBlock row : buttonRows(message.buttons())) {
      buttons.add(new Unit(row, 0));
    }
    List<Unit> all = new ArrayList<>(content);
    all.addAll(buttons);
    List<List<Unit>> pages = paginate(all);
    if (pages.size() <= SlackLimits.MESSAGE_PARTS) {
      return new SlackLayout(messages(pages, message, nameOf), Optional.empty());
    }
    // Too long for a readable run of messages: the start, a pointer to the file, the buttons.
    Attachment file = fullText(message, nameOf);
    List<Unit> shown = new ArrayList<>(paginate(content).get(0));
    Unit notice =
        contextUnit(
            "This is longer than Slack shows in a few messages: everything is in the attached file"
                + " *"
                + SlackText.escape(file.fileName())
                + "*.");
    while (!shown.isEmpty() && !fits(shown, notice)) {
      shown.remove(shown.size() - 1);
    }
    shown.add(notice);
    List<Unit> withButtons = new ArrayList<>(shown);
    withButtons.addAll(buttons);
    List<List<Unit>> shortened = paginate(withButtons);
    return new SlackLayout(messages(shortened, message, nameOf), Optional.of(file));
  }

  /** The blocks of a message that fits one Slack message; for tests and the Home tab. */
  public static List<LayoutBlock> of(Message message) {
    List<LayoutBlock> blocks = new ArrayList<>();
    layout(message, id -> id).parts().forEach(p -> blocks.addAll(p.blocks()));
    return blocks;
  }

  private static List<Unit> content(Message message, UnaryOperator<String> nameOf) {
    List<Unit> units = new ArrayList<>();
    String text = SlackText.mrkdwn(message.text(), message.mentions(), nameOf);
    // Headers are plain text: times in them are shown in UTC.
    String wholeTitle = TimeTokens.utc(message.title());
    if (!wholeTitle.isBlank()) {
      String title = plain(wholeTitle, SlackLimits.HEADER_TEXT);
      units.add(new Unit(header(h -> h.text(plainText(title))), title.length()));
      if (!title.equals(wholeTitle)) {
        // The header had to be clipped: the whole title leads the text instead.
        String full = "*" + SlackText.escape(wholeTitle) + "*";
        text = text.isBlank() ? full : full + "\n" + text;
      }
    }
    for (String chunk : sections(text)) {
      units.add(sectionUnit(chunk));
    }
    List<String> group = new ArrayList<>();
    for (Field field : message.fields()) {
      String rendered =
          "*"
              + SlackText.escape(TimeTokens.utc(field.name()))
              + "*\n"
              + SlackText.mrkdwn(field.value(), message.mentions(), nameOf);
      if (rendered.length() <= SlackLimits.FIELD_TEXT) {
        group.add(rendered);
        if (group.size() == SlackLimits.FIELDS_PER_SECTION) {
          units.add(fieldsUnit(group));
          group.clear();
        }
        continue;
      }
      // Longer than a field holds: the field becomes sections of its own, in its place.
      if (!group.isEmpty()) {
        units.add(fieldsUnit(group));
        group.clear();
      }
      for (String chunk : sections(rendered)) {
        units.add(sectionUnit(chunk));
      }
    }
    if (!group.isEmpty()) {
      units.add(fieldsUnit(group));
    }
    return units;
  }

  private static Unit sectionUnit(String mrkdwn) {
    return new Unit(section(s -> s.text(markdownText(mrkdwn))), mrkdwn.length());
  }

  private static Unit fieldsUnit(List<String> fields) {
    List<TextObject> objects = new ArrayList<>();
    int chars = 0;
    for (String f : fields) {
      objects.add(markdownText(f));
      chars += f.length();
    }
    List<TextObject> copy = List.copyOf(objects);
    return new Unit(section(s -> s.fields(copy)), chars);
  }

  private static Unit contextUnit(String mrkdwn) {
    String text = SlackText.truncate(mrkdwn, SlackLimits.CONTEXT_TEXT);
    return new Unit(context(c -> c.elements(List.of(markdownText(text)))), text.length());
  }

  /** Text in section-sized chunks, split at line breaks where possible, all of it kept. */
  static List<String> sections(String text) {
    List<String> chunks = new ArrayList<>();
    if (text.isBlank()) {
      return chunks;
    }
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      for (String piece : SlackText.split(line, SlackLimits.SECTION_TEXT)) {
        if (current.length() > 0
            && current.length() + 1 + piece.length() > SlackLimits.SECTION_TEXT) {
          chunks.add(current.toString());
          current.setLength(0);
        } else if (current.length() > 0) {
          current.append('\n');
        }
        current.append(piece);
      }
    }
    if (!current.toString().isBlank()) {
      chunks.add(current.toString());
    }
    return chunks;
  }

  private static List<List<Unit>> paginate(List<Unit> units) {
    List<List<Unit>> pages = new ArrayList<>();
    List<Unit> page = new ArrayList<>();
    int chars = 0;
    for (Unit unit : units) {
      if (!page.isEmpty()
          && (page.size() == SlackLimits.MESSAGE_BLOCKS
              || chars + unit.chars() > SlackLimits.MESSAGE_BLOCK_TEXT)) {
        pages.add(page);
        page = new ArrayList<>();
        chars = 0;
      }
      page.add(unit);
      chars += unit.chars();
    }
    if (!page.isEmpty() || pages.isEmpty()) {
      pages.add(page);
    }
    return pages;
  }

  private static boolean fits(List<Unit> page, Unit extra) {
    int chars = extra.chars();
    for (Unit u : page) {
      chars += u.chars();
    }
    return page.size() + 1 <= SlackLimits.MESSAGE_BLOCKS && chars <= SlackLimits.MESSAGE_BLOCK_TEXT;
  }

  private static List<SlackMessage> messages(
      List<List<Unit>> pages, Message message, UnaryOperator<String> nameOf) {
    String summary = fallbackText(message, nameOf);
    List<SlackMessage> parts = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      List<LayoutBlock> blocks = pages.get(i).stream().map(Unit::block).toList();
      String text =
          pages.size() == 1
              ? summary
              : SlackText.truncate(
                  "(" + (i + 1) + "/" + pages.size() + ") " + summary, SlackLimits.FALLBACK_TEXT);
      parts.add(new SlackMessage(text, blocks));
    }
    return parts;
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
    return SlackText.truncate(full.isBlank() ? "(no text)" : full, SlackLimits.FALLBACK_TEXT);
  }

  /** The whole message as plain text, for the file that carries what messages cannot. */
  private static Attachment fullText(Message message, UnaryOperator<String> nameOf) {
    StringBuilder out = new StringBuilder();
    if (!message.title().isBlank()) {
      out.append(TimeTokens.utc(message.title())).append("\n\n");
    }
    out.append(plainMentions(TimeTokens.utc(message.text()), nameOf)).append('\n');
    for (Field field : message.fields()) {
      out.append('\n').append(TimeTokens.utc(field.name())).append('\n');
      out.append(plainMentions(TimeTokens.utc(field.value()), nameOf)).append('\n');
    }
    String slug =
        message
            .title()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    String name =
        (slug.isEmpty() ? "mentorbot" : slug.substring(0, Math.min(40, slug.length()))) + ".txt";
    return new Attachment(name, "text/plain", out.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String plainMentions(String text, UnaryOperator<String> nameOf) {
    Matcher m = MENTION.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement("@" + nameOf.apply(m.group(1))));
    }
    return m.appendTail(out).toString();
  }

  /** Buttons in rows; each carries the core's action id in its value, its action id unique. */
  public static List<LayoutBlock> buttonRows(List<Button> buttons) {
    if (buttons.size() > MAX_BUTTONS) {
      throw new UnrenderableMessage(
          "it has " + buttons.size() + " buttons; at most " + MAX_BUTTONS + " are shown");
    }
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

  /**
   * Slack wants action ids unique within a message and at most 255 characters; the button's value
   * keeps the core's id intact, so the id itself only has to be distinct.
   */
  static String uniqueId(String actionId, Set<String> used) {
    String base = SlackText.truncate(actionId, SlackLimits.ACTION_ID - 6).replace("…", "");
    String id = base;
    for (int n = 2; !used.add(id); n++) {
      id = base + "#" + n;
    }
    return id;
  }

  private static ButtonElement button(Button button, String actionId) {
    if (button.actionId().length() > SlackLimits.BUTTON_VALUE) {
      throw new UnrenderableMessage(
          "a button's action is "
              + button.actionId().length()
              + " characters long; Slack carries at most "
              + SlackLimits.BUTTON_VALUE);
    }
    String label = plain(TimeTokens.utc(button.label()), SlackLimits.BUTTON_TEXT);
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

  /**
   * Plain-text objects are not parsed for markup, so they need clipping, not escaping: by whole
   * characters, visibly.
   */
  public static String plain(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = max - 1;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + "…";
  }
}
