package org.mentorbot.app.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the core said, in the console's words: each entry a block such as {@code [reply @kim] ...}
 * or {@code [dm @ada @kim] ...}, in order. Thread-safe, since platform adapters answer on their own
 * threads.
 */
final class Transcript {

  private final List<String> blocks = new ArrayList<>();

  synchronized void add(String block) {
    blocks.add(block);
    notifyAll();
  }

  synchronized List<String> blocks() {
    return List.copyOf(blocks);
  }

  synchronized int size() {
    return blocks.size();
  }

  /** Waits until more than {@code count} blocks were recorded. */
  synchronized void awaitMoreThan(int count, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Drivers.WAIT.toNanos();
    while (blocks.size() <= count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("timed out waiting for " + what + "; so far: " + blocks);
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  /** Each recipient's blocks in the order they got them; the label is the recipient. */
  Map<String, List<String>> perRecipient() {
    Map<String, List<String>> by = new LinkedHashMap<>();
    for (String block : blocks()) {
      by.computeIfAbsent(label(block), k -> new ArrayList<>()).add(block);
    }
    return by;
  }

  static String label(String block) {
    return block.substring(1, block.indexOf(']'));
  }

  /**
   * Splits console output into blocks: a block starts at {@code [}, continues on indented lines.
   */
  static Transcript ofConsoleOutput(String output) {
    Transcript transcript = new Transcript();
    StringBuilder current = null;
    for (String line : output.lines().toList()) {
      if (line.startsWith("[")) {
        if (current != null) {
          transcript.keep(current.toString());
        }
        current = new StringBuilder(line);
      } else if (line.startsWith("  ") && current != null) {
        current.append('\n').append(line);
      } else {
        throw new AssertionError("unexpected console line: " + line);
      }
    }
    if (current != null) {
      transcript.keep(current.toString());
    }
    return transcript;
  }

  private void keep(String block) {
    if (!block.startsWith("[clock]")) {
      add(block);
    }
  }
}
