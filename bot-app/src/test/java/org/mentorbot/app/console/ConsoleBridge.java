package org.mentorbot.app.console;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentorbot.core.MentorbotCore;
import org.mentorbot.core.command.RateLimiter;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.roster.MemberZones;
import org.mentorbot.core.storage.Database;

/**
 * Opens the console's package to the cross-platform scenario tests: a real {@link ConsoleSession}
 * over a real core (built as {@code mentorbot console} builds it), and the console's rendering, so
 * what Slack and Discord recorded at the core's ports can be written in the same words.
 */
public final class ConsoleBridge implements AutoCloseable {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final MentorbotCore core;
  private final ConsoleSession session;

  public ConsoleBridge(Database database, Instant start, Set<String> moderators) {
    ConsoleClock clock = new ConsoleClock(start);
    ConsoleFiles files = new ConsoleFiles(Optional.empty());
    MemberZones zones = new MemberZones(database, clock);
    core =
        MentorbotCore.builder(
                database,
                new ConsoleGateway(
                    out, files, u -> zones.zoneOf(ConsoleSession.COMMUNITY, u), clock))
            .clock(clock)
            .rateLimiter(RateLimiter.unlimited())
            .build();
    session =
        new ConsoleSession(
            core, clock, out, moderators, files, u -> zones.zoneOf(ConsoleSession.COMMUNITY, u));
  }

  /** Handles one console line, exactly as the terminal would. */
  public void handle(String line) {
    session.handle(line);
  }

  /** Everything printed so far. */
  public String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * A message as the console would print it at {@code destination}, for a reader in {@code zone} at
   * {@code now}.
   */
  public static String render(String label, Message message, ZoneId zone, Instant now) {
    String note = message.attachment().map(a -> "(file) " + a.fileName()).orElse(null);
    return ConsoleRenderer.render(label, message, note, zone, now);
  }

  /** A refusal as the console prints it. */
  public static String block(String label, List<String> lines, ZoneId zone, Instant now) {
    return ConsoleRenderer.block(label, lines, zone, now);
  }

  /** The console's label for a destination, e.g. {@code dm @alice}. */
  public static String label(Destination destination) {
    return ConsoleGateway.label(destination);
  }

  @Override
  public void close() {
    core.close();
  }
}
