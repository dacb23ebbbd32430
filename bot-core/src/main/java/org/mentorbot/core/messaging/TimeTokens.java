package org.mentorbot.core.messaging;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorbot.core.text.TimeZones;

/**
 * Instants in message text. The core never formats a time a member will read in some zone it
 * guessed; it writes a token {@code <t:SECONDS:STYLE>} (Discord's own timestamp syntax, seconds
 * since the epoch) and each adapter renders the token for its platform: Discord shows it as is (the
 * reader's client localizes it), Slack turns it into {@code <!date^…>}, the console prints it in
 * the reader's profile zone. Where a platform cannot localize (a Slack header, a Discord embed
 * title, a button label) the adapter uses {@link #plain}, which names the zone it used.
 */
public final class TimeTokens {

  /** How a token shows its instant; the letter is Discord's. */
  public enum Style {
    /** Date and time: {@code Thu 10 Dec 18:00} (the year is noise for what is weeks away). */
    FULL('f'),
    /** Time of day only: {@code 18:00}; the zone label still follows where the core renders. */
    TIME('t'),
    /** Relative to now: {@code in 3 days}, {@code 2 hours ago}. */
    RELATIVE('R');

    private final char letter;

    Style(char letter) {
      this.letter = letter;
    }

    public char letter() {
      return letter;
    }

    static Style of(char letter) {
      for (Style s : values()) {
        if (s.letter == letter) {
          return s;
        }
      }
      throw new IllegalArgumentException("no time style " + letter);
    }
  }

  /** One token found in a text. */
  public record Token(Instant instant, Style style) {
    public Token {
      Objects.requireNonNull(instant, "instant");
      Objects.requireNonNull(style, "style");
    }
  }

  /** Renders one token for a platform. */
  @FunctionalInterface
  public interface Renderer {
    String render(Token token);
  }

  /** The token syntax; seconds are bounded so that no text can make an out-of-range instant. */
  public static final Pattern TOKEN = Pattern.compile("<t:(-?\\d{1,12}):([ftR])>");

  private static final DateTimeFormatter FULL_FORMAT =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter TIME_FORMAT =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private TimeTokens() {}

  /** A date and time, e.g. {@code <t:1765389600:f>}. */
  public static String at(Instant instant) {
    return token(instant, Style.FULL);
  }

  /** A time of day, for the end of a window whose start shows the date. */
  public static String time(Instant instant) {
    return token(instant, Style.TIME);
  }

  /** Relative to the moment it is read: {@code in 3 days}. */
  public static String relative(Instant instant) {
    return token(instant, Style.RELATIVE);
  }

  public static String token(Instant instant, Style style) {
    return "<t:" + instant.getEpochSecond() + ":" + style.letter() + ">";
  }

  /** Whether the text carries any token. */
  public static boolean contains(String text) {
    return TOKEN.matcher(text).find();
  }

  /** The first token of a text, if any. */
  public static Optional<Token> first(String text) {
    Matcher m = TOKEN.matcher(text);
    return m.find() ? Optional.of(parse(m)) : Optional.empty();
  }

  /** The text with every token replaced by what {@code renderer} makes of it. */
  public static String render(String text, Renderer renderer) {
    Matcher m = TOKEN.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 32);
    int last = 0;
    do {
      out.append(text, last, m.start()).append(renderer.render(parse(m)));
      last = m.end();
    } while (m.find());
    return out.append(text.substring(last)).toString();
  }

  /**
   * The text as a member in {@code zone} reads it, {@code now} being the moment it is read: full
   * times name the zone ({@code Thu 10 Dec 18:00 Europe/London}, {@code 18:45 Europe/London}).
   */
  public static String plain(String text, ZoneId zone, Instant now) {
    return render(text, t -> format(t, zone, now));
  }

  /**
   * The text for places that cannot localize or know no reader (a title, a button label, a
   * notification's fallback): every token as a full UTC date and time, relative ones included.
   */
  public static String utc(String text) {
    return render(text, TimeTokens::utc);
  }

  /** One token as a full UTC date and time, e.g. {@code Thu 10 Dec 18:00 UTC}. */
  public static String utc(Token token) {
    return FULL_FORMAT.format(token.instant().atZone(ZoneOffset.UTC)) + " UTC";
  }

  /** One token in {@code zone}. */
  public static String format(Token token, ZoneId zone, Instant now) {
    return switch (token.style()) {
      case FULL -> FULL_FORMAT.format(token.instant().atZone(zone)) + " " + label(zone);
      case TIME -> TIME_FORMAT.format(token.instant().atZone(zone)) + " " + label(zone);
      case RELATIVE -> relativeText(token.instant(), now);
    };
  }

  /** The zone as shown next to a time: its IANA id, {@code UTC}, or {@code UTC+05:30}. */
  public static String label(ZoneId zone) {
    return TimeZones.format(zone.normalized() instanceof ZoneOffset o ? o : zone);
  }

  /** {@code in 3 days}, {@code 2 hours ago}, {@code now}: the largest whole unit. */
  public static String relativeText(Instant instant, Instant now) {
    Duration d = Duration.between(now, instant);
    boolean future = !d.isNegative();
    long seconds = Math.abs(d.toSeconds());
    String amount;
    if (seconds < 60) {
      return "now";
    } else if (seconds < 3600) {
      amount = unit(seconds / 60, "minute");
    } else if (seconds < 86_400) {
      amount = unit(seconds / 3600, "hour");
    } else {
      amount = unit(seconds / 86_400, "day");
    }
    return future ? "in " + amount : amount + " ago";
  }

  private static String unit(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  private static Token parse(Matcher m) {
    return new Token(
        Instant.ofEpochSecond(Long.parseLong(m.group(1))), Style.of(m.group(2).charAt(0)));
  }
}
