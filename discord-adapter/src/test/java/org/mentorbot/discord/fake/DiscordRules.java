package org.mentorbot.discord.fake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * The limits Discord enforces on a message body (its API docs; Discord answers 400 with code 50035
 * "Invalid Form Body" when one is broken). The fake checks every message, interaction answer and
 * follow-up against them, so a test over the wire fails exactly where Discord would.
 */
public final class DiscordRules {
  private DiscordRules() {}

  /** What is wrong with {@code message}; empty when Discord would take it. */
  public static List<String> violations(DataObject message) {
    List<String> problems = new ArrayList<>();
    String content = message.getString("content", "");
    check(problems, "content", content, 2000);
    DataArray embeds = message.optArray("embeds").orElseGet(DataArray::empty);
    if (embeds.length() > 10) {
      problems.add("more than 10 embeds");
    }
    int total = 0;
    for (int i = 0; i < embeds.length(); i++) {
      DataObject embed = embeds.getObject(i);
      String title = embed.getString("title", "");
      String description = embed.getString("description", "");
      check(problems, "embed title", title, 256);
      check(problems, "embed description", description, 4096);
      total += title.length() + description.length();
      DataArray fields = embed.optArray("fields").orElseGet(DataArray::empty);
      if (fields.length() > 25) {
        problems.add("embed with " + fields.length() + " fields");
      }
      for (int f = 0; f < fields.length(); f++) {
        String name = fields.getObject(f).getString("name", "");
        String value = fields.getObject(f).getString("value", "");
        check(problems, "field name", name, 256);
        check(problems, "field value", value, 1024);
        if (name.isEmpty() || value.isEmpty()) {
          problems.add("empty field name or value");
        }
        total += name.length() + value.length();
      }
    }
    if (total > 6000) {
      problems.add("embeds total " + total + " characters");
    }
    DataArray rows = message.optArray("components").orElseGet(DataArray::empty);
    if (rows.length() > 5) {
      problems.add(rows.length() + " action rows");
    }
    Set<String> ids = new HashSet<>();
    for (int r = 0; r < rows.length(); r++) {
      DataArray buttons = rows.getObject(r).optArray("components").orElseGet(DataArray::empty);
      if (buttons.length() > 5) {
        problems.add(buttons.length() + " buttons in a row");
      }
      for (int b = 0; b < buttons.length(); b++) {
        DataObject button = buttons.getObject(b);
        check(problems, "button label", button.getString("label", ""), 80);
        String id = button.getString("custom_id", "");
        check(problems, "custom_id", id, 100);
        if (!ids.add(id)) {
          problems.add("custom_id " + id + " twice in one message");
        }
      }
    }
    if (content.isEmpty() && embeds.length() == 0 && rows.length() == 0) {
      problems.add("empty message");
    }
    if (message.hasKey("nonce") && message.get("nonce").toString().length() > 25) {
      problems.add("nonce over 25 characters");
    }
    return problems;
  }

  /**
   * What is wrong with a modal (interaction callback type 9): custom id 100, title 45, one to five
   * top-level components (labels, 45 characters, each holding one text input; text displays), text
   * input custom id 100, placeholder 100, {@code max_length} and value 4,000.
   */
  public static List<String> modalViolations(DataObject modal) {
    List<String> problems = new ArrayList<>();
    check(problems, "modal custom_id", modal.getString("custom_id", ""), 100);
    check(problems, "modal title", modal.getString("title", ""), 45);
    if (modal.getString("custom_id", "").isEmpty() || modal.getString("title", "").isEmpty()) {
      problems.add("modal without custom_id or title");
    }
    DataArray components = modal.optArray("components").orElseGet(DataArray::empty);
    if (components.length() < 1 || components.length() > 5) {
      problems.add("modal with " + components.length() + " components");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < components.length(); i++) {
      DataObject top = components.getObject(i);
      switch (top.getInt("type", 0)) {
        case 10 -> check(problems, "text display", top.getString("content", ""), 4000);
        case 18 -> {
          check(problems, "label", top.getString("label", ""), 45);
          DataObject input = top.optObject("component").orElseGet(DataObject::empty);
          if (input.getInt("type", 0) != 4) {
            problems.add("label without a text input");
            continue;
          }
          String id = input.getString("custom_id", "");
          check(problems, "text input custom_id", id, 100);
          if (!ids.add(id)) {
            problems.add("text input custom_id " + id + " twice");
          }
          check(problems, "placeholder", input.getString("placeholder", ""), 100);
          check(problems, "text input value", input.getString("value", ""), 4000);
          int max = input.getInt("max_length", 4000);
          if (max < 1 || max > 4000 || input.getInt("min_length", 0) > max) {
            problems.add("text input max_length " + max);
          }
        }
        default -> problems.add("modal component of type " + top.getInt("type", 0));
      }
    }
    return problems;
  }

  private static void check(List<String> problems, String what, String text, int max) {
    if (text.length() > max) {
      problems.add(what + " of " + text.length() + " characters (limit " + max + ")");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lone =
          Character.isHighSurrogate(c)
              ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
              : Character.isLowSurrogate(c)
                  && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
      if (lone) {
        problems.add(what + " has half an emoji (a lone surrogate) at " + i);
        return;
      }
    }
  }
}
