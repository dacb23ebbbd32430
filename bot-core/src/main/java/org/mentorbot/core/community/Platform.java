package org.mentorbot.core.community;

/** The chat platforms a community can live on; the console is the embedded local one. */
public enum Platform {
  DISCORD,
  SLACK,
  CONSOLE
}
