package org.mentorbot.discord.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cutting text to Discord's lengths without breaking it: never between the two halves of a
 * surrogate pair (an emoji), never inside a mention, channel, role, timestamp or custom emoji token
 * ({@code <@id>}, {@code <#id>}, {@code <@&id>}, {@code <t:unix:R>}, {@code <:name:id>}), an inline
 * code span, bold text or a link. Lengths are counted in UTF-16 units, as JDA checks them, which is
 * never less than what Discord counts.
 */
public final class DiscordText {

  /** Marks text that continues in the next part or was shortened. */
  public static final String ELLIPSIS = "…";

  /** Spans that render as one thing; a cut inside one would show raw markup. */
  private static final Pattern ATOMIC =
      Pattern.compile(
          "<(?:@[!&]?\\d{1,20}|#\\d{1,20}|t:-?\\d{1,20}(?::[tTdDfFR])?|a?:\\w{1,32}:\\d{1,20}"
              + "|/[\\w -]{1,64}:\\d{1,20})>"
              + "|`[^`\\n]{1,200}`"
              + "|\\*\\*[^*\\n]{1,200}\\*\\*"
              + "|\\[[^\\]\\n]{1,200}\\]\\([^)\\s]{1,500}\\)");

  private static final String FENCE = "```";

  private DiscordText() {}

  /**
   * {@code text} if it fits, else its longest clean prefix that leaves room for {@link #ELLIPSIS},
   * followed by it. For names, labels and titles; bodies are {@link #split split} instead.
   */
  public static String clip(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = safeCut(text, max - ELLIPSIS.length());
    return text.substring(0, cut).stripTrailing() + ELLIPSIS;
  }

  /**
   * {@code text} in parts of at most {@code max} characters, losing nothing: cut at a line break
   * where one is in the second half of the part, else at a space, else at a clean point. A code
   * block that spans a cut is closed at the end of one part and reopened in the next.
   */
  public static List<String> split(String text, int max) {
    if (max < 16) {
      throw new IllegalArgumentException("parts too small to split into: " + max);
    }
    List<String> parts = new ArrayList<>();
    String rest = text;
    boolean inFence = false;
    while (true) {
      String prefix = inFence ? FENCE + "\n" : "";
      String candidate = prefix + rest;
      if (candidate.length() <= max) {
        parts.add(candidate);
        return parts;
      }
      // Room for a closing fence, should this part end inside a code block.
      int budget = max - prefix.length() - (FENCE.length() + 1);
      int cut = preferredCut(rest, budget);
      String part = rest.substring(0, cut);
      boolean endsInFence = inFence ^ (count(part, FENCE) % 2 == 1);
      String shown = prefix + part.stripTrailing() + (endsInFence ? "\n" + FENCE : "");
      if (!shown.isBlank()) {
        parts.add(shown);
      }
      rest = stripLeadingNewlines(rest.substring(cut));
      inFence = endsInFence;
      if (rest.isEmpty()) {
        return parts;
      }
    }
  }

  /** The last cut point at most {@code max}, preferring a line break, then a space. */
  private static int preferredCut(String text, int max) {
    int hard = safeCut(text, max);
    int floor = hard / 2;
    int newline = text.lastIndexOf('\n', hard);
    if (newline > floor && newline <= hard && isClean(text, newline)) {
      return newline;
    }
    for (int i = hard; i > floor; i--) {
      if (Character.isWhitespace(text.charAt(i - 1)) && isClean(text, i)) {
        return i;
      }
    }
    return hard;
  }

  /**
   * The largest index at most {@code max} (and above zero) where the text may be cut: not inside a
   * surrogate pair or an atomic span. A span longer than the whole budget is cut anyway.
   */
  static int safeCut(String text, int max) {
    if (max <= 0) {
      throw new IllegalArgumentException("nothing fits in " + max + " characters");
    }
    if (text.length() <= max) {
      return text.length();
    }
    int cut = max;
    Matcher m = ATOMIC.matcher(text);
    // Only spans that start before the cut can contain it.
    int from = Math.max(0, cut - 700);
    while (m.find(from)) {
      if (m.start() >= cut) {
        break;
      }
      if (m.end() > cut && m.start() > 0) {
        cut = m.start();
        break;
      }
      from = m.end();
    }
    if (Character.isLowSurrogate(text.charAt(cut))
        && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return cut == 0 ? Math.min(max, text.length()) : cut;
  }

  private static boolean isClean(String text, int index) {
    return safeCut(text, index) == index;
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
      n++;
    }
    return n;
  }

  private static String stripLeadingNewlines(String text) {
    int i = 0;
    while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
      i++;
    }
    return text.substring(i);
  }
}
