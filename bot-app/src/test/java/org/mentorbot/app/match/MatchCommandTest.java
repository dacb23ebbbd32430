package org.mentorbot.app.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MatchCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static final String MENTORS =
      """
      id,name,topics,timezone,years,capacity,languages
      m1,Ada,Java; SQL,Europe/Berlin,10,1,en;de
      m2,Bob,go,UTC+05:30,4,1,
      """;
  private static final String MENTEES =
      """
      id,name,topics,timezone,years,goals,languages,waitlisted
      e1,Cy,java,Europe/London,5,"Learn the JVM, then GC",en,false
      e2,Di,Go;Rust,Asia/Kolkata,1,Ship a CLI,,true
      e3,Ed,sql,UTC,9,Tuning,fr,FALSE
      """;
  private static final String EXPECTED_JSON =
      "{\"pairs\":["
          + "{\"mentor\":\"m1\",\"mentee\":\"e1\",\"score\":145,\"reasons\":["
          + "\"shared topics: java (1 of 1) +100\",\"timezones 1h apart +25\","
          + "\"mentor 5 years ahead +20\"]},"
          + "{\"mentor\":\"m2\",\"mentee\":\"e2\",\"score\":150,\"reasons\":["
          + "\"shared topics: go (1 of 2) +50\",\"same UTC offset +30\","
          + "\"mentor 3 years ahead +20\",\"waitlisted last round +50\"]}],"
          + "\"unmatched\":[{\"mentee\":\"e3\",\"reason\":\"no eligible mentor: the one mentor"
          + " sharing a topic within 6h speaks none of their languages (fr)\"}],"
          + "\"matched\":2,\"totalScore\":295}";

  private int run(String... args) {
    CommandLine cmd = new CommandLine(new MatchCommand());
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return cmd.execute(args);
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private String[] args(Path mentors, Path mentees, String... more) {
    List<String> list =
        new ArrayList<>(
            List.of(
                "--mentors",
                mentors.toString(),
                "--mentees",
                mentees.toString(),
                "--date",
                "2026-07-01"));
    list.addAll(List.of(more));
    return list.toArray(String[]::new);
  }

  @Test
  void writesTheDocumentedJsonToTheOutFile() throws IOException {
    Path history =
        file("history.csv", "mentor_id,mentee_id,rounds_ago\nm1,e1,4\nold-mentor,e3,1\n");
    Path result = dir.resolve("result.json");
    int code =
        run(
            args(
                file("mentors.csv", MENTORS),
                file("mentees.csv", MENTEES),
                "--history",
                history.toString(),
                "--out",
                result.toString()));
    assertThat(code).isZero();
    assertThat(Files.readString(result)).isEqualTo(EXPECTED_JSON + "\n");
    assertThat(out.toString())
        .startsWith("matched 2 of 3 mentees (1 unmatched), total score 295, in ")
        .contains("; wrote " + result);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("mentors.csv", "mentees.csv", "history.csv", "result.json");
    }
  }

  @Test
  void printsJsonOnStandardOutputAndTheSummaryOnStandardErrorWithoutOut() throws IOException {
    int code = run(args(file("mentors.csv", MENTORS), file("mentees.csv", MENTEES)));
    assertThat(code).isZero();
    assertThat(out.toString()).isEqualTo(EXPECTED_JSON + System.lineSeparator());
    assertThat(err.toString()).startsWith("matched 2 of 3 mentees (1 unmatched), total score 295");
  }

  @Test
  void recentHistoryKeepsAPairApart() throws IOException {
    Path history = file("history.csv", "mentor_id,mentee_id,rounds_ago\nm1,e1,2\n");
    int code =
        run(
            args(
                file("mentors.csv", MENTORS),
                file("mentees.csv", MENTEES),
                "--history",
                history.toString()));
    assertThat(code).isZero();
    assertThat(out.toString())
        .contains(
            "{\"mentee\":\"e1\",\"reason\":\"no eligible mentor: the one mentor otherwise suitable was matched with them in the last 3 rounds\"}");
  }

  @Test
  void reportsEveryBadCellWithFileLineAndColumnAndWritesNothing() throws IOException {
    Path mentors =
        file(
            "mentors.csv",
            """
            id,name,topics,timezone,years,capacity,languages
            m1,Ada,java,Mars/Olympus,ten,9,en
            m1,Bob,,UTC+05:30,4,1,
            m3,Cy,go,UTC,4,1
            """);
    Path mentees =
        file(
            "mentees.csv",
            """
            id,name,topics,timezone,years,goals,languages,waitlisted
            ,Di,go,UTC,-1,"goals, with comma",en,maybe
            """);
    Path history = file("history.csv", "mentor_id,mentee_id,rounds_ago\nm1,e1,0\n");
    Path result = file("result.json", "previous result\n");
    int code =
        run(args(mentors, mentees, "--history", history.toString(), "--out", result.toString()));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines())
        .containsExactly(
            "match: 10 problems in the input; nothing was written.",
            "  mentors.csv line 4: has 6 fields but the header has 7 (quote values that contain commas)",
            "  mentors.csv line 2, column timezone: \"Mars/Olympus\" is not an IANA zone (like Europe/Berlin) or an offset like UTC+05:30",
            "  mentors.csv line 2, column years: \"ten\" is not a whole number",
            "  mentors.csv line 2, column capacity: must be between 1 and 5, was 9",
            "  mentors.csv line 3, column id: duplicate id \"m1\" (first used on line 2)",
            "  mentors.csv line 3, column topics: needs at least one value (separate several with ;)",
            "  mentees.csv line 2, column id: must not be empty",
            "  mentees.csv line 2, column years: must be between 0 and 80, was -1",
            "  mentees.csv line 2, column waitlisted: \"maybe\" must be true or false",
            "  history.csv line 2, column rounds_ago: must be between 1 and 10000, was 0");
    assertThat(Files.readString(result)).isEqualTo("previous result\n");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void namesMissingHeaderColumnsAndMissingFiles() throws IOException {
    Path mentors = file("mentors.csv", "id,name,topics,years,capacity\nm1,Ada,java,5,1\n");
    int code = run(args(mentors, dir.resolve("nope.csv")));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines())
        .containsExactly(
            "match: 2 problems in the input; nothing was written.",
            "  mentors.csv line 1: header lacks column(s) timezone, languages; expected id,name,topics,timezone,years,capacity,languages",
            "  nope.csv: no such file: " + dir.resolve("nope.csv"));
  }

  @Test
  void reportsAnUnclosedQuoteAtTheLineItOpens() throws IOException {
    Path mentees =
        file(
            "mentees.csv",
            "id,name,topics,timezone,years,goals,languages,waitlisted\ne1,Di,go,UTC,1,\"never closed,en,false\n");
    int code = run(args(file("mentors.csv", MENTORS), mentees));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("  mentees.csv line 2: a quoted field is never closed");
  }

  @Test
  void readsWeightsFromAYamlConfig() throws IOException {
    Path config = file("weights.yml", "waitlistBonus: 0\ntopicWeight: 200\n");
    int code =
        run(
            args(
                file("mentors.csv", MENTORS),
                file("mentees.csv", MENTEES),
                "--config",
                config.toString()));
    assertThat(code).isZero();
    // e1-m1: 200 + 25 + 20; e2-m2: 100 + 30 + 20
    assertThat(out.toString()).contains("\"matched\":2,\"totalScore\":395");
  }

  @Test
  void rejectsUnknownOrInvalidConfigKeys() throws IOException {
    Path config = file("weights.yml", "maxTzHour: 5\nrepeatWindow: many\n");
    int code =
        run(
            args(
                file("mentors.csv", MENTORS),
                file("mentees.csv", MENTEES),
                "--config",
                config.toString()));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "weights.yml: unknown key \"maxTzHour\"; known keys: repeatWindow, minYearsAhead, maxTzHours")
        .contains("weights.yml: repeatWindow must be a whole number, was \"many\"");
  }

  @Test
  void writesCsvForSpreadsheetProgramsWhenTheOutFileEndsInCsv() throws IOException {
    Path result = dir.resolve("result.CSV");
    int code =
        run(
            args(
                file("mentors.csv", MENTORS),
                file("mentees.csv", MENTEES),
                "--out",
                result.toString()));

    assertThat(code).isZero();
    assertThat(Files.readString(result))
        .isEqualTo(
            "\uFEFFmentee,mentor,status,score,reasons\r\n"
                + "e1,m1,matched,145,shared topics: java (1 of 1) +100; timezones 1h apart +25;"
                + " mentor 5 years ahead +20\r\n"
                + "e2,m2,matched,150,shared topics: go (1 of 2) +50; same UTC offset +30;"
                + " mentor 3 years ahead +20; waitlisted last round +50\r\n"
                + "e3,,unmatched,,no eligible mentor: the one mentor sharing a topic within 6h"
                + " speaks none of their languages (fr)\r\n");
    assertThat(out.toString()).contains("wrote " + result);
  }

  @Test
  void csvFieldsAreQuotedAndFormulasDefused() {
    assertThat(ResultCsv.field("plain")).isEqualTo("plain");
    assertThat(ResultCsv.field("a, b")).isEqualTo("\"a, b\"");
    assertThat(ResultCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(ResultCsv.field("line\nbreak")).isEqualTo("\"line\nbreak\"");
    assertThat(ResultCsv.field("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
    assertThat(ResultCsv.field("@cmd")).isEqualTo("'@cmd");
    assertThat(ResultCsv.field("-12")).isEqualTo("-12");
  }
}
