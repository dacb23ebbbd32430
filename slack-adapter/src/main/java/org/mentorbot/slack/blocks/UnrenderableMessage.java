package org.mentorbot.slack.blocks;

/**
 * A message Slack cannot show whatever the layout (a button whose action id is longer than a button
 * can carry, more buttons than five messages hold). The delivery becomes undeliverable with this
 * reason; a reply becomes a problem the member sees.
 */
public final class UnrenderableMessage extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnrenderableMessage(String reason) {
    super(reason, null, false, false);
  }
}
