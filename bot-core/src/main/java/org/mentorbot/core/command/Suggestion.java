package org.mentorbot.core.command;

/** One autocomplete choice: what is shown and the value that is filled in. */
public record Suggestion(String label, String value) {}
