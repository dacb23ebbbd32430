package org.mentorbot.slack.input;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slack's escaped slash-command text turned into the core's text grammar. With {@code
 * should_escape: true} Slack sends a picked member as {@code <@U0123|ada>}, a channel as {@code
 * <#C0123|general>}, a user group as {@code <!subteam^S0123|@mods>} and links as {@code
 * <https://x|x>}; in any case it writes {@code &}, {@code <} and {@code >} typed by the member as
 * <code>&amp;amp;</code>, <code>&amp;lt;</code> and <code>&amp;gt;</code>. The core wants {@code
 * <@U0123>}, {@code <#C0123>}, {@code <!subteam^S0123>} and the characters as typed. Entities are
 * rewritten before the characters are decoded, so text a member typed can never become an entity.
 */
public final class SlackEntities {

  private static final Pattern ENTITY = Pattern.compile("<([^<>]*)>");
  private static final Pattern USER = Pattern.compile("@([UW][A-Z0-9]{1,30})(?:\\|[^|]*)?");
  private static final Pattern CHANNEL = Pattern.compile("#([CGD][A-Z0-9]{1,30})(?:\\|[^|]*)?");
  private static final Pattern SUBTEAM = Pattern.compile("!subteam\\^([A-Z0-9]{1,30})(?:\\|.*)?");

  private SlackEntities() {}

  /** The text as the core's grammar expects it. */
  public static String toCore(String slackText) {
    if (slackText == null) {
      return "";
    }
    Matcher m = ENTITY.matcher(slackText);
    StringBuilder out = new StringBuilder(slackText.length());
    int last = 0;
    while (m.find()) {
      out.append(decode(slackText.substring(last, m.start())));
      out.append(entity(m.group(1)));
      last = m.end();
    }
    out.append(decode(slackText.substring(last)));
    return out.toString();
  }

  private static String entity(String inside) {
    Matcher user = USER.matcher(inside);
    if (user.matches()) {
      return "<@" + user.group(1) + ">";
    }
    Matcher channel = CHANNEL.matcher(inside);
    if (channel.matches()) {
      return "<#" + channel.group(1) + ">";
    }
    Matcher group = SUBTEAM.matcher(inside);
    if (group.matches()) {
      return "<!subteam^" + group.group(1) + ">";
    }
    if (inside.startsWith("!")) {
      // <!here>, <!channel>, <!everyone>, <!date^…|fallback>: keep broadcasts recognisable (the
      // core refuses them in text), show anything else by its fallback.
      int bar = inside.indexOf('|');
      String name = bar < 0 ? inside : inside.substring(0, bar);
      return switch (name) {
        case "!here", "!channel", "!everyone" -> "<" + name + ">";
        default -> bar < 0 ? "" : decode(inside.substring(bar + 1));
      };
    }
    // A link: <https://x|label>, <mailto:a@b.c|a@b.c>. The address is what the member meant.
    int bar = inside.indexOf('|');
    String target = decode(bar < 0 ? inside : inside.substring(0, bar));
    return target.startsWith("mailto:") ? target.substring("mailto:".length()) : target;
  }

  /**
   * Slack's three escapes, undone once (so <code>&amp;amp;lt;</code> stays the text <code>&amp;lt;
   * </code>).
   */
  static String decode(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("&amp;", i)) {
        out.append('&');
        i += 5;
      } else if (text.startsWith("&lt;", i)) {
        out.append('<');
        i += 4;
      } else if (text.startsWith("&gt;", i)) {
        out.append('>');
        i += 4;
      } else {
        out.append(text.charAt(i++));
      }
    }
    return out.toString();
  }
}
