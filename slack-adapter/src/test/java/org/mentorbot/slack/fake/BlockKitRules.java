package org.mentorbot.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Slack's own checks on what an app sends, as the fake applies them: Block Kit's documented
 * per-field limits, the block counts of messages and views, unique action ids, the cumulative text
 * of a message's blocks ({@code msg_blocks_too_long} at about 13,200 characters) and the 40,000
 * characters of a message's text. A fake that accepted anything could not tell a guarded renderer
 * from an unguarded one.
 */
public final class BlockKitRules {

  static final int MESSAGE_BLOCKS = 50;
  static final int VIEW_BLOCKS = 100;
  static final int MESSAGE_BLOCK_TEXT = 13_200;
  static final int MESSAGE_TEXT = 40_000;

  private BlockKitRules() {}

  /** What is wrong with a message's {@code text} and {@code blocks}; empty when Slack takes it. */
  public static List<String> message(String text, JsonElement blocks) {
    List<String> problems = new ArrayList<>();
    if (text != null && text.length() > MESSAGE_TEXT) {
      problems.add("msg_too_long: text is " + text.length() + " characters");
    }
    if (blocks != null && blocks.isJsonArray()) {
      blocks(blocks.getAsJsonArray(), MESSAGE_BLOCKS, problems);
      int chars = textChars(blocks);
      if (chars > MESSAGE_BLOCK_TEXT) {
        problems.add("msg_blocks_too_long: " + chars + " characters of text in blocks");
      }
    }
    return problems;
  }

  /** What is wrong with a modal or Home tab view. */
  public static List<String> view(JsonObject view) {
    List<String> problems = new ArrayList<>();
    text(view, "title", 24, problems);
    text(view, "submit", 24, problems);
    text(view, "close", 24, problems);
    max(view, "private_metadata", 3000, problems);
    max(view, "callback_id", 255, problems);
    if (view.has("blocks")) {
      blocks(view.getAsJsonArray("blocks"), VIEW_BLOCKS, problems);
    }
    return problems;
  }

  private static void blocks(JsonArray blocks, int maxBlocks, List<String> problems) {
    if (blocks.size() > maxBlocks) {
      problems.add("invalid_blocks: " + blocks.size() + " blocks, at most " + maxBlocks);
    }
    // Slack wants action ids unique within a block; the bot keeps them unique per message, which
    // the fake checks for messages. A view joins blocks from several messages (the Home tab).
    Set<String> actionIds = new HashSet<>();
    for (JsonElement element : blocks) {
      if (maxBlocks == VIEW_BLOCKS) {
        actionIds.clear();
      }
      JsonObject block = element.getAsJsonObject();
      String type = block.get("type").getAsString();
      max(block, "block_id", 255, problems);
      switch (type) {
        case "header" -> text(block, "text", 150, problems);
        case "section" -> {
          text(block, "text", 3000, problems);
          if (block.has("fields")) {
            JsonArray fields = block.getAsJsonArray("fields");
            if (fields.size() > 10) {
              problems.add("invalid_blocks: section with " + fields.size() + " fields");
            }
            for (JsonElement f : fields) {
              String t = f.getAsJsonObject().get("text").getAsString();
              if (t.length() > 2000) {
                problems.add("invalid_blocks: field of " + t.length() + " characters");
              }
            }
          }
          if (!block.has("text") && !block.has("fields")) {
            problems.add("invalid_blocks: section without text or fields");
          }
        }
        case "actions" -> {
          JsonArray elements = block.getAsJsonArray("elements");
          if (elements.size() > 25) {
            problems.add("invalid_blocks: actions with " + elements.size() + " elements");
          }
          for (JsonElement e : elements) {
            element(e.getAsJsonObject(), actionIds, problems);
          }
        }
        case "context" -> {
          JsonArray elements = block.getAsJsonArray("elements");
          if (elements.size() > 10) {
            problems.add("invalid_blocks: context with " + elements.size() + " elements");
          }
          for (JsonElement e : elements) {
            max(e.getAsJsonObject(), "text", 3000, problems);
          }
        }
        case "input" -> {
          text(block, "label", 2000, problems);
          text(block, "hint", 2000, problems);
          element(block.getAsJsonObject("element"), actionIds, problems);
        }
        default -> {
          // divider and the rest: nothing the bot sends can break them
        }
      }
    }
  }

  private static void element(JsonObject e, Set<String> actionIds, List<String> problems) {
    if (e.has("action_id")) {
      String id = e.get("action_id").getAsString();
      if (id.length() > 255) {
        problems.add("invalid_blocks: action_id of " + id.length() + " characters");
      }
      if (!actionIds.add(id)) {
        problems.add("invalid_blocks: duplicate action_id " + id);
      }
    }
    if ("button".equals(e.get("type").getAsString())) {
      text(e, "text", 75, problems);
      max(e, "value", 2000, problems);
    }
    text(e, "placeholder", 150, problems);
    if (e.has("options")) {
      JsonArray options = e.getAsJsonArray("options");
      if (options.size() > 100) {
        problems.add("invalid_blocks: " + options.size() + " options");
      }
      for (JsonElement o : options) {
        text(o.getAsJsonObject(), "text", 75, problems);
        max(o.getAsJsonObject(), "value", 150, problems);
      }
    }
    if (e.has("max_length") && e.get("max_length").getAsInt() > 3000) {
      problems.add("invalid_blocks: max_length over 3000");
    }
  }

  /** A text object's {@code text}, or a plain string. */
  private static void text(JsonObject parent, String name, int max, List<String> problems) {
    if (!parent.has(name)) {
      return;
    }
    JsonElement value = parent.get(name);
    String text =
        value.isJsonObject()
            ? value.getAsJsonObject().get("text").getAsString()
            : value.getAsString();
    check(name, text, max, problems);
  }

  private static void max(JsonObject parent, String name, int max, List<String> problems) {
    if (parent.has(name) && parent.get(name).isJsonPrimitive()) {
      check(name, parent.get(name).getAsString(), max, problems);
    }
  }

  private static void check(String name, String text, int max, List<String> problems) {
    if (text.length() > max) {
      problems.add("invalid_blocks: " + name + " of " + text.length() + " characters, max " + max);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lone =
          Character.isHighSurrogate(c)
              ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
              : Character.isLowSurrogate(c)
                  && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
      if (lone) {
        problems.add("invalid_blocks: " + name + " holds half a character at " + i);
        return;
      }
    }
  }

  /** Characters of text in every text object and field of the blocks. */
  static int textChars(JsonElement element) {
    if (element.isJsonArray()) {
      int sum = 0;
      for (JsonElement e : element.getAsJsonArray()) {
        sum += textChars(e);
      }
      return sum;
    }
    if (element.isJsonObject()) {
      int sum = 0;
      for (var entry : element.getAsJsonObject().entrySet()) {
        if (entry.getKey().equals("text") && entry.getValue().isJsonPrimitive()) {
          sum += entry.getValue().getAsString().length();
        } else {
          sum += textChars(entry.getValue());
        }
      }
      return sum;
    }
    return 0;
  }
}
