package org.mentorbot.app.console;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Field;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.messaging.TimeTokens;

/**
 * The console's stable output format: {@code [destination] first line}, continuation lines indented
 * two spaces, buttons as {@code (button) Label -> action-id}. Scripts and tests read it. Times
 * ({@link TimeTokens}) are printed in the reader's zone, which each full time names.
 */
final class ConsoleRenderer {

  private static final Pattern USER_MENTION = Pattern.compile("<@!?([^>|]+)(?:\\|[^>]*)?>");
  private static final Pattern CHANNEL_MENTION = Pattern.compile("<#([^>|]+)(?:\\|[^>]*)?>");

  private ConsoleRenderer() {}

  /** The message as a reader in {@code zone} sees it at {@code now}. */
  static String render(
      String destination, Message message, String attachmentNote, ZoneId zone, Instant now) {
    List<String> lines = new ArrayList<>();
    if (!message.title().isBlank()) {
      lines.add(message.title());
    }
    if (!message.text().isBlank()) {
      lines.addAll(message.text().lines().toList());
    }
    for (Field field : message.fields()) {
      List<String> value = field.value().lines().toList();
      lines.add(field.name() + ": " + (value.isEmpty() ? "" : value.get(0)));
      value.stream().skip(1).forEach(v -> lines.add("  " + v));
    }
    for (Button button : message.buttons()) {
      lines.add("(button) " + button.label() + " -> " + button.actionId());
    }
    if (attachmentNote != null) {
      lines.add(attachmentNote);
    }
    return block(destination, lines, zone, now);
  }

  static String block(String destination, List<String> lines, ZoneId zone, Instant now) {
    StringBuilder out = new StringBuilder("[").append(destination).append("]");
    for (int i = 0; i < lines.size(); i++) {
      out.append(i == 0 ? " " : "\n  ").append(TimeTokens.plain(plain(lines.get(i)), zone, now));
    }
    return out.toString();
  }

  /** Mentions as people read them in a terminal. */
  static String plain(String text) {
    String users = USER_MENTION.matcher(text).replaceAll("@$1");
    return CHANNEL_MENTION.matcher(users).replaceAll("#$1");
  }
}
