package org.mentorbot.slack.blocks;

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

  private SlackText() {}

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
   * Cuts {@code text} to at most {@code max} characters, marking the cut, without splitting an
   * escape sequence or mention in two.
   */
  public static String truncate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = max - 1;
    int open = Math.max(text.lastIndexOf('<', cut - 1), text.lastIndexOf('&', cut - 1));
    if (open >= 0) {
      int close = text.indexOf(text.charAt(open) == '<' ? '>' : ';', open);
      if (close < 0 || close >= cut) {
        cut = open;
      }
    }
    return text.substring(0, cut) + "…";
  }
}
