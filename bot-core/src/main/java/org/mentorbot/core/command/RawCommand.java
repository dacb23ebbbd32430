package org.mentorbot.core.command;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A command as a front end received it, before validation: Slack and the console produce it from
 * text with {@link TextGrammar}, Discord from its typed options (values as strings, users as {@code
 * <@id>}).
 */
public record RawCommand(
    String root, String sub, List<String> positionals, Map<String, String> named) {
  public RawCommand {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(sub, "sub");
    positionals = List.copyOf(positionals);
    named = Map.copyOf(named);
  }
}
