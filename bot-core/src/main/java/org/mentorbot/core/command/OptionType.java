package org.mentorbot.core.command;

/** The closed set of option types; adapters map each to their platform's option type. */
public enum OptionType {
  /** Free text, at most {@link OptionSpec#max()} characters. */
  TEXT,
  /** A whole number within {@link OptionSpec#min()}..{@link OptionSpec#max()}. */
  INTEGER,
  /** A comma-separated list of short words (topics, languages). */
  LIST,
  /** A member: {@code @name} or a platform mention such as {@code <@U123>}. */
  USER,
  /** An IANA zone ({@code Europe/Berlin}) or a fixed offset ({@code UTC+05:30}). */
  ZONE,
  /** A calendar date, {@code YYYY-MM-DD}. */
  DATE,
  /** A time of day, {@code HH:MM}. */
  TIME,
  /** One of {@link OptionSpec#choices()}. */
  CHOICE,
  /** A channel: {@code #name} or a platform channel mention such as {@code <#C123>}. */
  CHANNEL,
  /** A role or user group: a platform mention ({@code <@&123>}, {@code <!subteam^S1>}) or id. */
  ROLE
}
