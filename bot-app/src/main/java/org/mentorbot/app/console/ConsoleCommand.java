package org.mentorbot.app.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mentorbot.app.DatabaseFile;
import org.mentorbot.app.run.DatabaseLocation;
import org.mentorbot.config.DatabaseConfig;
import org.mentorbot.core.MentorbotCore;
import org.mentorbot.core.command.RateLimiter;
import org.mentorbot.core.roster.MemberZones;
import org.mentorbot.core.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mentorbot console}: the whole product in a terminal, on embedded SQLite. */
@Command(
    name = "console",
    mixinStandardHelpOptions = true,
    description = "Chat with mentorbot locally: each line is `@user /command ...`.")
public final class ConsoleCommand implements Callable<Integer> {

  @Option(
      names = "--db",
      description =
          "SQLite file or jdbc:postgresql:// URL to keep data in (default: in memory); the"
              + " PostgreSQL user and password come from MENTORBOT_DB_USER / MENTORBOT_DB_PASSWORD.")
  String db;

  @Option(names = "--script", description = "Read lines from this file instead of the terminal.")
  Path script;

  @Option(names = "--moderators", split = ",", description = "Members who moderate (default: mod).")
  List<String> moderators = List.of("mod");

  @Option(
      names = "--start",
      description = "Where the console clock starts, ISO instant (default: now).")
  Instant start;

  @Option(names = "--attachments", description = "Folder to save files such as charts in.")
  Path attachments;

  private final PrintStream out;

  public ConsoleCommand() {
    this(System.out);
  }

  ConsoleCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() throws IOException {
    if (db != null && DatabaseConfig.problem(db) != null) {
      out.println("[console] --db " + DatabaseConfig.problem(db) + ".");
      return 2;
    }
    if (script != null && !Files.isReadable(script)) {
      out.println("[console] Cannot read the script " + script + ".");
      return 2;
    }
    Reader input;
    if (script == null) {
      input = new InputStreamReader(System.in, StandardCharsets.UTF_8);
    } else {
      // Decoded whole before the first line runs: a bad byte refuses the script, not half of it.
      Optional<String> text = ScriptText.decode(Files.readAllBytes(script));
      if (text.isEmpty()) {
        out.println(
            "[console] The script "
                + script
                + " is not valid UTF-8 at line "
                + ScriptText.firstBadLine(Files.readAllBytes(script))
                + "; nothing was run. Save it as UTF-8 and try again.");
        return 2;
      }
      input = new java.io.StringReader(text.get());
    }
    return play(input, script != null);
  }

  /** Runs the lines of {@code input}; with {@code echo} each is printed first as {@code > line}. */
  int play(Reader input, boolean echo) throws IOException {
    ConsoleClock clock = new ConsoleClock(start == null ? Instant.now() : start);
    Set<String> mods = new LinkedHashSet<>();
    moderators.forEach(m -> mods.add(m.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT)));
    ConsoleFiles files = new ConsoleFiles(Optional.ofNullable(attachments));
    Database opened;
    try {
      opened =
          db == null
              ? Database.inMemory()
              : DatabaseLocation.open(DatabaseLocation.fromOption(db, System.getenv()));
    } catch (IllegalArgumentException e) {
      out.println("[console] --db " + e.getMessage());
      return 2;
    } catch (DatabaseFile.Failure e) {
      out.println("[console] " + e.line());
      return e.exitCode();
    }
    try (Database database = opened;
        MentorbotCore core =
            MentorbotCore.builder(database, gateway(database, clock, files))
                .clock(clock)
                .rateLimiter(RateLimiter.unlimited())
                .build();
        BufferedReader lines = new BufferedReader(input)) {
      MemberZones zones = new MemberZones(database, clock);
      ConsoleSession session =
          new ConsoleSession(
              core, clock, out, mods, files, u -> zones.zoneOf(ConsoleSession.COMMUNITY, u));
      if (!echo) {
        out.println(
            "mentorbot console — type `@alice /mentor help`; `:advance 1d` moves time; Ctrl-D ends."
                + (db == null
                    ? " Data is kept in memory (use --db FILE or --db URL to keep it)."
                    : ""));
      }
      core.runDueWork(); // anything left due from a previous run on the same --db
      String line;
      while ((line = lines.readLine()) != null) {
        if (echo && !line.isBlank()) {
          out.println("> " + line);
        }
        session.handle(line);
      }
    }
    return 0;
  }

  private ConsoleGateway gateway(Database database, ConsoleClock clock, ConsoleFiles files) {
    MemberZones zones = new MemberZones(database, clock);
    return new ConsoleGateway(out, files, u -> zones.zoneOf(ConsoleSession.COMMUNITY, u), clock);
  }
}
