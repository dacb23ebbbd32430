package org.mentorbot.discord.render;

/**
 * Discord's limits on one message, from its API documentation (which JDA 6.5 enforces too; where
 * Discord's OpenAPI spec disagrees, the docs and JDA win). A request over any of them is refused
 * with 400, or JDA throws before sending.
 */
public final class DiscordLimits {
  public static final int CONTENT = 2000;
  public static final int EMBED_TOTAL = 6000;
  public static final int TITLE = 256;
  public static final int DESCRIPTION = 4096;
  public static final int FIELDS = 25;
  public static final int FIELD_NAME = 256;
  public static final int FIELD_VALUE = 1024;
  public static final int ACTION_ROWS = 5;
  public static final int BUTTONS_PER_ROW = 5;
  public static final int BUTTON_LABEL = 80;
  public static final int CUSTOM_ID = 100;
  public static final int FILES = 10;
  public static final int THREAD_NAME = 100;
  public static final int CHOICE_TEXT = 100;

  /** Users one message may allow to be pinged ({@code allowed_mentions.users}). */
  public static final int ALLOWED_USERS = 100;

  /** Upload limit for a bot in a server without boosts. */
  public static final long FILE_BYTES = 10L * 1024 * 1024;

  /**
   * Ours, not Discord's: a message longer than this many parts is shown as its first part with the
   * whole of it attached as a text file, rather than as a wall of messages.
   */
  public static final int MAX_PARTS = 5;

  private DiscordLimits() {}
}
