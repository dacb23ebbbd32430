package org.mentorbot.app.match;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file with a required header row: cells are looked up by column name, so columns may come in
 * any order and extra columns (a spreadsheet's "email", say) are ignored.
 */
final class CsvTable {
  final String file;
  private final Map<String, Integer> columns;
  final List<CsvReader.Row> rows;

  private CsvTable(String file, Map<String, Integer> columns, List<CsvReader.Row> rows) {
    this.file = file;
    this.columns = columns;
    this.rows = rows;
  }

  /** Reads the file, or records why it cannot be used and returns null. */
  static CsvTable read(Path path, List<String> required, Problems problems) {
    String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
              .toString();
    } catch (NoSuchFileException e) {
      problems.add(file + ": no such file: " + path);
      return null;
    } catch (CharacterCodingException e) {
      problems.add(file + ": not UTF-8 text; save the spreadsheet as CSV UTF-8");
      return null;
    } catch (IOException e) {
      problems.add(file + ": cannot read " + path + ": " + e.getMessage());
      return null;
    }
    List<CsvReader.Row> all;
    try {
      all = CsvReader.parse(text);
    } catch (CsvReader.MalformedCsv e) {
      problems.add(file, e.line, e.getMessage());
      return null;
    }
    if (all.isEmpty()) {
      problems.add(
          file + ": empty; the first row must be the header " + String.join(",", required));
      return null;
    }
    CsvReader.Row header = all.get(0);
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).trim().toLowerCase(Locale.ROOT);
      if (columns.putIfAbsent(name, i) != null) {
        problems.add(file, header.line(), "column \"" + name + "\" appears twice in the header");
      }
    }
    List<String> missing = new ArrayList<>();
    for (String column : required) {
      if (!columns.containsKey(column)) {
        missing.add(column);
      }
    }
    if (!missing.isEmpty()) {
      problems.add(
          file,
          header.line(),
          "header lacks column(s) "
              + String.join(", ", missing)
              + "; expected "
              + String.join(",", required));
      return null;
    }
    // Rows with the wrong number of fields are reported and left out; the rest are still checked.
    List<CsvReader.Row> rows = new ArrayList<>();
    for (CsvReader.Row row : all.subList(1, all.size())) {
      if (row.fields().size() == header.fields().size()) {
        rows.add(row);
      } else {
        problems.add(
            file,
            row.line(),
            "has "
                + row.fields().size()
                + " fields but the header has "
                + header.fields().size()
                + " (quote values that contain commas)");
      }
    }
    return new CsvTable(file, columns, List.copyOf(rows));
  }

  /** The trimmed cell of a row under a column named in the header. */
  String cell(CsvReader.Row row, String column) {
    return row.fields().get(columns.get(column)).trim();
  }
}
