package org.mentorbot.core.command;

/** Who may run a command. Checked in the core, never left to platform command visibility. */
public enum Access {
  MEMBER,
  MODERATOR
}
