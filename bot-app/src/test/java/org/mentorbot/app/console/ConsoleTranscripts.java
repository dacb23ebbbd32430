package org.mentorbot.app.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Plays a console script from the test resources and returns the transcript. Set {@code
 * -Dtranscripts.update=true} to rewrite the expected files after a deliberate change.
 */
final class ConsoleTranscripts {

  static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  private ConsoleTranscripts() {}

  static String play(String script) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    ConsoleCommand console = new ConsoleCommand(out);
    console.start = START;
    try (InputStream in = ConsoleTranscripts.class.getResourceAsStream("/scripts/" + script)) {
      if (in == null) {
        throw new IllegalArgumentException("no script " + script);
      }
      console.play(new InputStreamReader(in, StandardCharsets.UTF_8), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * The expected transcript next to the script, rewritten first when updating is asked for. A
   * missing file fails the test: writing it silently would make the test pass without review.
   */
  static String expected(String script, String actual) {
    Path file = Path.of("src/test/resources/scripts", script.replace(".script", ".expected"));
    try {
      if (Boolean.getBoolean("transcripts.update")) {
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } else if (!Files.exists(file)) {
        throw new AssertionError(
            "no reviewed transcript "
                + file
                + "; run with -Dtranscripts.update=true, read the file as a member would, commit it");
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
