package org.mentorbot.core.command;

/** Whether a reply is shown only to the caller (ephemeral) or to the channel. */
public enum Visibility {
  PRIVATE,
  PUBLIC
}
