package org.mentorbot.core.text;

import java.util.regex.Pattern;

/**
 * Makes member-written text safe to show on any platform: it can never ping @everyone, @here, a
 * role or a user group, nor forge a mention. A zero-width space breaks the trigger while the text
 * still reads the same. Adapters escape again for their own markup; this is the first line.
 */
public final class SafeText {

  private static final char ZWSP = '\u200B';
  private static final Pattern MASS_MENTION =
      Pattern.compile("@(everyone|here|channel)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PLATFORM_MENTION = Pattern.compile("<([@#!])");
  private static final Pattern PLATFORM_MASS_MENTION = Pattern.compile("<(!|@&)");
  // Discord renders [text](url) as a link showing only "text": a phishing link in a bio.
  private static final Pattern MASKED_LINK = Pattern.compile("\\]\\s*\\(");

  private SafeText() {}

  /** The text with every mention trigger defused. */
  public static String of(String memberText) {
    if (memberText == null) {
      return "";
    }
    String safe = MASS_MENTION.matcher(memberText).replaceAll("@" + ZWSP + "$1");
    safe = MASKED_LINK.matcher(safe).replaceAll("]" + ZWSP + "(");
    return PLATFORM_MENTION.matcher(safe).replaceAll("<" + ZWSP + "$1");
  }

  /**
   * The text with every trigger that pings many people defused ({@code @everyone}, {@code @here},
   * {@code @channel}, {@code <!…>}, role mentions), keeping member mentions {@code <@id>}. Every
   * {@link org.mentorbot.core.messaging.Message} and refusal passes through this, so even text a
   * feature forgot to make safe can never ping everyone. Applying it twice changes nothing.
   */
  public static String defuseMassMentions(String text) {
    if (!mayHoldMassMention(text)) {
      return text;
    }
    String safe = MASS_MENTION.matcher(text).replaceAll("@" + ZWSP + "$1");
    return PLATFORM_MASS_MENTION.matcher(safe).replaceAll("<" + ZWSP + "$1");
  }

  private static boolean mayHoldMassMention(String text) {
    return text.indexOf('@') >= 0 || text.contains("<!");
  }

  /**
   * Whether a name given as a member is really a mass mention ({@code @channel}, {@code @here.},
   * {@code @Everyone}): such names are refused, never taken as a member.
   */
  public static boolean isMassMentionName(String name) {
    String bare = name.replaceAll("^[@._-]+|[._-]+$", "");
    return bare.equalsIgnoreCase("everyone")
        || bare.equalsIgnoreCase("here")
        || bare.equalsIgnoreCase("channel");
  }

  /** Whether the text tries to ping everyone; such input is refused with a clear message. */
  public static boolean hasMassMention(String text) {
    return MASS_MENTION.matcher(text).find()
        || text.contains("<!channel")
        || text.contains("<!here")
        || text.contains("<!everyone")
        || text.contains("<!subteam")
        || text.contains("<@&");
  }

  /** Shortens text for one-line displays, marking the cut. */
  public static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)) + "…";
  }
}
