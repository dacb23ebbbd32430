package org.mentorbot.core.command;

/**
 * Handles button presses whose action id starts with {@link #prefix()} followed by {@code :}. The
 * rest of the id is the handler's own (for example {@code round-join:42}).
 */
public interface ActionHandler {

  String prefix();

  Reply press(Invocation invocation, String argument);
}
