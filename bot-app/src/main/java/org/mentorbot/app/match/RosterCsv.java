package org.mentorbot.app.match;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mentorbot.core.matching.engine.MenteeCandidate;
import org.mentorbot.core.matching.engine.MentorCandidate;
import org.mentorbot.core.matching.engine.PastPairing;

/**
 * Turns the three CSV files of DESIGN §4 into engine candidates, checking every cell and collecting
 * every problem rather than stopping at the first.
 */
final class RosterCsv {
  static final List<String> MENTOR_COLUMNS =
      List.of("id", "name", "topics", "timezone", "years", "capacity", "languages");
  static final List<String> MENTEE_COLUMNS =
      List.of("id", "name", "topics", "timezone", "years", "goals", "languages", "waitlisted");
  static final List<String> HISTORY_COLUMNS = List.of("mentor_id", "mentee_id", "rounds_ago");

  /** The parsed input; only meaningful when no problems were recorded. */
  record Roster(
      List<MentorCandidate> mentors, List<MenteeCandidate> mentees, List<PastPairing> history) {}

  private final Problems problems;

  RosterCsv(Problems problems) {
    this.problems = problems;
  }

  Roster read(Path mentorsFile, Path menteesFile, Path historyFile) {
    List<MentorCandidate> mentors = new ArrayList<>();
    CsvTable t = CsvTable.read(mentorsFile, MENTOR_COLUMNS, problems);
    if (t != null) {
      Map<String, Integer> seen = new HashMap<>();
      for (CsvReader.Row row : t.rows) {
        Cells c = new Cells(t, row);
        String id = c.id(seen);
        c.text("name");
        Set<String> topics = c.list("topics", true);
        ZoneId zone = c.zone();
        int years = c.integer("years", 0, 80);
        int capacity = c.integer("capacity", 1, 5);
        Set<String> languages = c.list("languages", false);
        if (c.ok) {
          mentors.add(new MentorCandidate(id, topics, zone, years, capacity, languages));
        }
      }
    }
    List<MenteeCandidate> mentees = new ArrayList<>();
    t = CsvTable.read(menteesFile, MENTEE_COLUMNS, problems);
    if (t != null) {
      Map<String, Integer> seen = new HashMap<>();
      for (CsvReader.Row row : t.rows) {
        Cells c = new Cells(t, row);
        String id = c.id(seen);
        c.text("name");
        Set<String> topics = c.list("topics", true);
        ZoneId zone = c.zone();
        int years = c.integer("years", 0, 80);
        Set<String> languages = c.list("languages", false);
        boolean waitlisted = c.bool("waitlisted");
        if (c.ok) {
          mentees.add(new MenteeCandidate(id, topics, zone, years, languages, waitlisted));
        }
      }
    }
    List<PastPairing> history = new ArrayList<>();
    if (historyFile != null) {
      t = CsvTable.read(historyFile, HISTORY_COLUMNS, problems);
      if (t != null) {
        for (CsvReader.Row row : t.rows) {
          Cells c = new Cells(t, row);
          String mentor = c.text("mentor_id");
          String mentee = c.text("mentee_id");
          int roundsAgo = c.integer("rounds_ago", 1, 10_000);
          if (c.ok) {
            history.add(new PastPairing(mentor, mentee, roundsAgo));
          }
        }
      }
    }
    return new Roster(mentors, mentees, history);
  }

  /** Reads one row's cells, recording each bad one. */
  private final class Cells {
    private final CsvTable table;
    private final CsvReader.Row row;
    boolean ok = true;

    Cells(CsvTable table, CsvReader.Row row) {
      this.table = table;
      this.row = row;
    }

    private void bad(String column, String message) {
      problems.add(table.file, row.line(), column, message);
      ok = false;
    }

    String text(String column) {
      String v = table.cell(row, column);
      if (v.isEmpty()) {
        bad(column, "must not be empty");
      }
      return v;
    }

    String id(Map<String, Integer> seen) {
      String id = text("id");
      if (!id.isEmpty()) {
        Integer first = seen.putIfAbsent(id, row.line());
        if (first != null) {
          bad("id", "duplicate id \"" + id + "\" (first used on line " + first + ")");
        }
      }
      return id;
    }

    Set<String> list(String column, boolean required) {
      Set<String> out = new LinkedHashSet<>();
      for (String part : table.cell(row, column).split(";", -1)) {
        String v = part.trim().toLowerCase(Locale.ROOT);
        if (!v.isEmpty()) {
          out.add(v);
        }
      }
      if (required && out.isEmpty()) {
        bad(column, "needs at least one value (separate several with ;)");
      }
      return out;
    }

    ZoneId zone() {
      String v = table.cell(row, "timezone");
      if (v.isEmpty()) {
        bad("timezone", "must not be empty (an IANA zone like Europe/Berlin, or UTC+05:30)");
        return null;
      }
      try {
        return ZoneId.of(v);
      } catch (DateTimeException e) {
        bad(
            "timezone",
            "\"" + v + "\" is not an IANA zone (like Europe/Berlin) or an offset like UTC+05:30");
        return null;
      }
    }

    int integer(String column, int min, int max) {
      String v = table.cell(row, column);
      try {
        int n = Integer.parseInt(v);
        if (n >= min && n <= max) {
          return n;
        }
        bad(column, "must be between " + min + " and " + max + ", was " + n);
      } catch (NumberFormatException e) {
        bad(column, "\"" + v + "\" is not a whole number");
      }
      return min;
    }

    boolean bool(String column) {
      String v = table.cell(row, column).toLowerCase(Locale.ROOT);
      return switch (v) {
        case "true" -> true;
        case "false", "" -> false;
        default -> {
          bad(column, "\"" + table.cell(row, column) + "\" must be true or false");
          yield false;
        }
      };
    }
  }
}
