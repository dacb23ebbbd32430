package org.mentorbot.app.match;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mentorbot.core.matching.OutOfMemory;
import org.mentorbot.core.matching.engine.MatchEngine;
import org.mentorbot.core.matching.engine.MatchInput;
import org.mentorbot.core.matching.engine.MatchResult;
import org.mentorbot.core.matching.engine.MatchSettings;
import org.mentorbot.core.matching.engine.RoundKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mentorbot match}: matches mentors and mentees from spreadsheet exports (DESIGN §4). Every
 * problem in the input is listed with file, line and column, the exit code is 2 and nothing is
 * written; a result file is written whole or not at all (temporary file, then an atomic move).
 */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description = {
      "Match mentees with mentors from CSV files and write the result as JSON.",
      "mentors.csv: id,name,topics,timezone,years,capacity,languages",
      "mentees.csv: id,name,topics,timezone,years,goals,languages,waitlisted",
      "history.csv: mentor_id,mentee_id,rounds_ago (1 = the previous round)",
      "Lists are ;-separated; timezone is an IANA zone (Europe/Berlin) or UTC+05:30."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:matched",
      "1:the result could not be written",
      "2:bad options or input",
      "3:out of memory"
    })
public final class MatchCommand implements Callable<Integer> {
  static final int BAD_INPUT = 2;
  private static final long LARGE = 1_000_000;

  @Option(names = "--mentors", required = true, paramLabel = "FILE", description = "mentors.csv")
  Path mentors;

  @Option(names = "--mentees", required = true, paramLabel = "FILE", description = "mentees.csv")
  Path mentees;

  @Option(names = "--history", paramLabel = "FILE", description = "history.csv (optional)")
  Path history;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Write the result here: JSON, or CSV for spreadsheet programs when the name ends in"
              + " .csv (default: JSON on standard output).")
  Path out;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "YAML with weights: " + "repeatWindow, minYearsAhead, maxTzHours, ...")
  Path config;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Date whose UTC offsets apply to IANA zones (default: today, UTC).")
  LocalDate date;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Breaks ties between equally good results (default: ${DEFAULT-VALUE}).")
  long seed;

  @Spec CommandSpec spec;

  static final int OUT_OF_MEMORY = 3;
  private int menteeCount;
  private int mentorCount;

  @Override
  public Integer call() {
    try {
      return match();
    } catch (OutOfMemoryError e) {
      PrintWriter stderr = spec.commandLine().getErr();
      stderr.println(OutOfMemory.message("match", menteeCount, mentorCount));
      stderr.flush();
      return OUT_OF_MEMORY;
    }
  }

  private Integer match() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Problems problems = new Problems();
    MatchSettings settings =
        config == null ? MatchSettings.defaults() : MatchConfig.read(config, problems);
    Progress progress = Progress.forFiles(stderr, mentors, mentees);
    progress.stage("reading " + mentors + " and " + mentees);
    RosterCsv.Roster roster = new RosterCsv(problems).read(mentors, mentees, history);
    menteeCount = roster.mentees().size();
    mentorCount = roster.mentors().size();
    if (!problems.isEmpty()) {
      List<String> messages = problems.messages();
      stderr.printf(
          "match: %d problem%s in the input; nothing was written.%n",
          messages.size(), messages.size() == 1 ? "" : "s");
      messages.forEach(m -> stderr.println("  " + m));
      stderr.flush();
      return BAD_INPUT;
    }
    PrintWriter summary = out == null ? stderr : stdout;
    if ((long) roster.mentors().size() * roster.mentees().size() >= LARGE) {
      progress.show();
      summary.printf(
          "matching %d mentees with %d mentors...%n",
          roster.mentees().size(), roster.mentors().size());
      summary.flush();
    }
    LocalDate day = date == null ? LocalDate.now(ZoneOffset.UTC) : date;
    Instant matchDate = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    long start = System.nanoTime();
    MatchResult result =
        new MatchEngine()
            .match(
                new MatchInput(
                    roster.mentors(),
                    roster.mentees(),
                    roster.history(),
                    Set.of(),
                    Set.of(),
                    RoundKind.MENTORSHIP,
                    matchDate,
                    seed,
                    settings),
                progress::stage);
    progress.stage("writing the result");
    long millis = (System.nanoTime() - start) / 1_000_000;
    String json = ResultJson.write(result);
    if (out == null) {
      stdout.println(json);
      stdout.flush();
    } else {
      try {
        boolean csv = ResultCsv.wanted(out.getFileName().toString());
        writeAtomically(out, csv ? ResultCsv.write(result) : json + "\n");
      } catch (IOException e) {
        stderr.println("match: could not write " + out + ": " + e.getMessage());
        stderr.flush();
        return 1;
      }
    }
    summary.printf(
        Locale.ROOT,
        "matched %d of %d mentees (%d unmatched), total score %d, in %d ms%s%n",
        result.matched(),
        roster.mentees().size(),
        result.unmatched().size(),
        result.totalScore(),
        millis,
        out == null ? "" : "; wrote " + out);
    summary.flush();
    return 0;
  }

  private static void writeAtomically(Path target, String content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path tmp = Files.createTempFile(absolute.getParent(), ".match-", ".json.tmp");
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      try {
        Files.move(
            tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
