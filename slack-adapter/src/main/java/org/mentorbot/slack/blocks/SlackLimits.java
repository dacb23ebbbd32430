package org.mentorbot.slack.blocks;

/**
 * Slack's limits, in one place. Block Kit's are documented per field
 * (https://api.slack.com/reference/block-kit); the cumulative text of one message's blocks is not:
 * {@code chat.postMessage} answers {@code msg_blocks_too_long} at about 13,200 characters, so a
 * message keeps well under that.
 */
public final class SlackLimits {

  /** Blocks in one message ({@code chat.postMessage}, {@code response_url}, slash ack). */
  public static final int MESSAGE_BLOCKS = 50;

  /** Blocks in a modal or the Home tab. */
  public static final int VIEW_BLOCKS = 100;

  /** All text in one message's blocks, kept under the undocumented ~13,200. */
  public static final int MESSAGE_BLOCK_TEXT = 11_000;

  /** A message's top-level {@code text}; Slack truncates beyond 40,000. */
  public static final int MESSAGE_TEXT = 40_000;

  /** The notification text we send next to blocks (a summary; the blocks hold the content). */
  public static final int FALLBACK_TEXT = 3_000;

  public static final int SECTION_TEXT = 3_000;
  public static final int FIELD_TEXT = 2_000;
  public static final int FIELDS_PER_SECTION = 10;
  public static final int HEADER_TEXT = 150;
  public static final int ACTIONS_ELEMENTS = 25;
  public static final int BUTTON_TEXT = 75;
  public static final int BUTTON_VALUE = 2_000;
  public static final int ACTION_ID = 255;
  public static final int CONTEXT_ELEMENTS = 10;
  public static final int CONTEXT_TEXT = 3_000;

  public static final int VIEW_TITLE = 24;
  public static final int VIEW_BUTTON = 24;
  public static final int VIEW_PRIVATE_METADATA = 3_000;
  public static final int VIEW_CALLBACK_ID = 255;
  public static final int INPUT_LABEL = 2_000;
  public static final int INPUT_HINT = 2_000;
  public static final int PLACEHOLDER = 150;
  public static final int OPTION_TEXT = 75;
  public static final int OPTION_VALUE = 150;
  public static final int SELECT_OPTIONS = 100;
  public static final int TEXT_INPUT_LENGTH = 3_000;

  /** A {@code response_url} takes five posts; more parts than that go into a file. */
  public static final int MESSAGE_PARTS = 5;

  private SlackLimits() {}
}
