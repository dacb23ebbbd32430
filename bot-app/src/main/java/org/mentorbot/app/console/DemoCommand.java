package org.mentorbot.app.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code mentorbot demo}: a seeded community through a whole month, in the console. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Play a scripted month of a mentorship community in the console.")
public final class DemoCommand implements Callable<Integer> {

  static final String SCRIPT = "/demo/month.script";

  @Override
  public Integer call() throws IOException {
    ConsoleCommand console = new ConsoleCommand();
    console.start = Instant.parse("2026-01-05T09:00:00Z");
    try (InputStream script = DemoCommand.class.getResourceAsStream(SCRIPT)) {
      if (script == null) {
        throw new IllegalStateException("demo script missing from the jar: " + SCRIPT);
      }
      return console.play(new InputStreamReader(script, StandardCharsets.UTF_8), true);
    }
  }
}
