package org.mentorbot.slack.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorbot.core.messaging.TimeTokens;

/**
 * Turns neutral text into Slack mrkdwn that can never ping more than intended. Everything is
 * escaped ({@code &}, {@code <}, {@code >}), so no {@code <!channel>}, {@code <!here>}, {@code
 * <!everyone>} or {@code <!subteam^…>} can form; the only markup let through is {@code <@id>} for
 * ids the message names as mentions, and {@code <#C…>} channel links, which ping nobody. Any other
 * member reference becomes plain {@code @name}, readable but silent. The core neutralises member
 * text already; this is the second line of defence. The core's time tokens ({@link TimeTokens})
 * become Slack's {@code <!date^…>}, which each reader's client shows in their own zone.
 */
public final class SlackText {

  private static final Pattern TOKEN =
      Pattern.compile(
          "<@([A-Za-z0-9._-]{1,64})>|<#([A-Z0-9]{2,30})>|" + TimeTokens.TOKEN.pattern());

  /**
   * Longest markup or escape worth keeping whole ({@code <@U…>}, {@code <#C…>}, <code>&amp;amp;
   * </code>).
   */
  private static final int MAX_TOKEN = 100;

  private SlackText() {}

  /** The member ids {@code text} mentions as {@code <@id>}. */
  public static Set<String> mentionsIn(String text) {
    Set<String> ids = new java.util.LinkedHashSet<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      if (m.group(1) != null) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  /** Escapes the three characters Slack's mrkdwn treats as control characters. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Escapes {@code text}, keeping {@code <@id>} only for ids in {@code mentions}. */
  public static String mrkdwn(String text, Set<String> mentions) {
    return mrkdwn(text, mentions, id -> id);
  }

  /**
   * Escapes {@code text}, keeping {@code <@id>} only for ids in {@code mentions}; other members are
   * written {@code @name} with {@code nameOf} (escaped, so a name cannot smuggle markup either).
   */
  public static String mrkdwn(String text, Set<String> mentions, UnaryOperator<String> nameOf) {
    Matcher m = TOKEN.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    int last = 0;
    while (m.find()) {
      out.append(escape(text.substring(last, m.start())));
      last = m.end();
      if (m.group(3) != null) {
        out.append(date(TimeTokens.first(m.group()).orElseThrow()));
        continue;
      }
      boolean allowed = m.group(1) == null || mentions.contains(m.group(1));
      out.append(allowed ? m.group() : "@" + escape(nameOf.apply(m.group(1))));
    }
    out.append(escape(text.substring(last)));
    return out.toString();
  }

  /**
   * A time as Slack's date token: the reader's client formats it in their zone; the fallback (UTC)
   * is for clients that cannot.
   */
  static String date(TimeTokens.Token token) {
    String format =
        switch (token.style()) {
          case FULL -> "{date_short_pretty} {time}";
          case TIME -> "{time}";
          case RELATIVE -> "{ago}";
        };
    return "<!date^"
        + token.instant().getEpochSecond()
        + "^"
        + format
        + "|"
        + escape(TimeTokens.utc(token))
        + ">";
  }

  /**
   * Cuts {@code text} to at most {@code max} characters (UTF-16 units, which Slack's limits never
   * undercount), marking the cut with "…". The cut never splits a character outside the Basic
   * Multilingual Plane (an emoji), an escape such as <code>&amp;amp;</code> or markup such as
   * {@code <@U123>}. For labels and notification text; content is split with {@link #split}, not
   * cut.
   */
  public static String truncate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    return text.substring(0, safeCut(text, max - 1)) + "…";
  }

  /**
   * Splits {@code text} into pieces of at most {@code max} characters that together hold all of it:
   * at a line break if there is one, else at a space, else anywhere that does not split a
   * character, an escape or markup. Line breaks and spaces at a split are dropped.
   */
  public static List<String> split(String text, int max) {
    List<String> pieces = new ArrayList<>();
    String rest = text;
    while (rest.length() > max) {
      int cut = safeCut(rest, max);
      int newline = rest.lastIndexOf('\n', cut);
      int space = rest.lastIndexOf(' ', cut);
      int at = newline > 0 ? newline : space > max / 2 ? space : cut;
      if (at <= 0) {
        at = Math.max(1, cut);
      }
      pieces.add(rest.substring(0, at));
      rest =
          at < rest.length() && (rest.charAt(at) == '\n' || rest.charAt(at) == ' ')
              ? rest.substring(at + 1)
              : rest.substring(at);
    }
    if (!rest.isEmpty()) {
      pieces.add(rest);
    }
    return pieces;
  }

  /**
   * The largest index at most {@code max} where {@code text} may be cut: not between the two halves
   * of a surrogate pair, not inside {@code <…>} markup or an {@code &…;} escape.
   */
  static int safeCut(String text, int max) {
    int cut = Math.min(max, text.length());
    if (cut <= 0) {
      return 0;
    }
    int open = Math.max(text.lastIndexOf('<', cut - 1), text.lastIndexOf('&', cut - 1));
    if (open >= 0) {
      int close = text.indexOf(text.charAt(open) == '<' ? '>' : ';', open);
      if (close < 0 || close >= cut) {
        // The cut would fall inside this token (or the token never closes): cut before it,
        // unless the token is longer than a token can be (then it is text, not markup).
        if (cut - open <= MAX_TOKEN) {
          cut = open;
        }
      }
    }
    if (cut > 0 && cut < text.length() && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return cut;
  }
}
