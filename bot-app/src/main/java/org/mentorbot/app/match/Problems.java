package org.mentorbot.app.match;

import java.util.ArrayList;
import java.util.List;

/** Every problem found in the input files, each naming file, line and column. */
final class Problems {
  private final List<String> messages = new ArrayList<>();

  void add(String file, int line, String column, String message) {
    messages.add(file + " line " + line + ", column " + column + ": " + message);
  }

  void add(String file, int line, String message) {
    messages.add(file + " line " + line + ": " + message);
  }

  void add(String message) {
    messages.add(message);
  }

  boolean isEmpty() {
    return messages.isEmpty();
  }

  List<String> messages() {
    return List.copyOf(messages);
  }
}
