package org.mentorbot.core.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text form shared by Slack and the console: {@code <sub> [positional]... [key:value]...}.
 * Values with spaces go in double quotes (curly quotes, which phones and Slack insert, count too);
 * {@code \"} is a literal quote inside them.
 */
public final class TextGrammar {

  /** Longest command text accepted; longer input is refused before any parsing. */
  public static final int MAX_LENGTH = 6000;

  private TextGrammar() {}

  public static RawCommand parse(String root, String text) {
    if (text.length() > MAX_LENGTH) {
      throw new ProblemException(
          "That command is " + text.length() + " characters long; the limit is " + MAX_LENGTH + ".",
          "Shorten the text and send it again.");
    }
    List<String> positionals = new ArrayList<>();
    Map<String, String> named = new LinkedHashMap<>();
    String sub = "";
    for (Token token : tokenize(text)) {
      if (sub.isEmpty() && token.key() == null && !token.quoted()) {
        sub = token.value().toLowerCase(Locale.ROOT);
      } else if (token.key() != null) {
        String key = token.key().toLowerCase(Locale.ROOT);
        if (named.putIfAbsent(key, token.value()) != null) {
          throw new ProblemException(
              "The option `" + key + ":` is given twice.", "Give each option once.");
        }
      } else {
        positionals.add(token.value());
      }
    }
    return new RawCommand(root, sub, positionals, named);
  }

  private record Token(String key, String value, boolean quoted) {}

  private static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      rejectControl(c);
      String key = null;
      int start = i;
      // A key is a run of name characters ending in ':' (but not '://' in URLs, not '<@x:').
      int j = i;
      while (j < n && isKeyChar(text.charAt(j))) {
        j++;
      }
      if (j > i && j < n && text.charAt(j) == ':' && Character.isLetter(text.charAt(i))) {
        key = text.substring(i, j);
        i = j + 1;
      }
      if (i < n && isQuote(text.charAt(i))) {
        int close = i + 1;
        StringBuilder value = new StringBuilder();
        boolean closed = false;
        while (close < n) {
          char q = text.charAt(close);
          if (q == '\\' && close + 1 < n && isQuote(text.charAt(close + 1))) {
            value.append(text.charAt(close + 1));
            close += 2;
            continue;
          }
          if (isQuote(q)) {
            closed = true;
            break;
          }
          if (q != '\n' && q != '\t') {
            rejectControl(q);
          }
          value.append(q);
          close++;
        }
        if (!closed) {
          String where = key == null ? "" : " after `" + key + ":`";
          throw new ProblemException(
              "A quote is left open" + where + ".",
              "Close it with a matching \" (for example bio:\"I like Rust\").");
        }
        tokens.add(new Token(key, value.toString(), true));
        i = close + 1;
      } else {
        int end = i;
        while (end < n && !Character.isWhitespace(text.charAt(end))) {
          rejectControl(text.charAt(end));
          end++;
        }
        if (key == null) {
          tokens.add(new Token(null, text.substring(start, end), false));
        } else if (end == i) {
          throw new ProblemException(
              "The option `" + key + ":` has no value.",
              "Write the value right after the colon, e.g. " + key + ":value, or quote it.");
        } else {
          tokens.add(new Token(key, text.substring(i, end), false));
        }
        i = end;
      }
    }
    return tokens;
  }

  private static boolean isKeyChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_';
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D';
  }

  private static void rejectControl(char c) {
    if (Character.isISOControl(c) || isBidiControl(c)) {
      throw new ProblemException(
          String.format("The command contains a control character (U+%04X).", (int) c),
          "Type the command again as plain text.");
    }
  }

  static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}
