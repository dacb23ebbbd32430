package org.mentorbot.app.match;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader (comma-separated, double quotes, "" for a quote, CRLF or LF) that keeps
 * the physical line each record starts on, so every problem can name its spreadsheet row even when
 * a quoted field spans lines. Hand-written because exact line numbers are the whole point here and
 * the format is tiny.
 */
final class CsvReader {
  /** One record and the 1-based line it starts on. */
  record Row(int line, List<String> fields) {}

  /** Thrown for text that is not CSV at all (an unterminated quote). */
  static final class MalformedCsv extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;

    MalformedCsv(int line, String message) {
      super(message);
      this.line = line;
    }
  }

  private CsvReader() {}

  /** Parses the whole text; blank lines are skipped. */
  static List<Row> parse(String text) throws MalformedCsv {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int rowLine = 1;
    boolean quoted = false;
    boolean fieldWasQuoted = false;
    int quoteLine = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
        i++;
        continue;
      }
      switch (c) {
        case '"' -> {
          if (field.length() > 0 || fieldWasQuoted) {
            throw new MalformedCsv(line, "a quote may only start a field (use \"\" inside quotes)");
          }
          quoted = true;
          fieldWasQuoted = true;
          quoteLine = line;
        }
        case ',' -> {
          fields.add(field.toString());
          field.setLength(0);
          fieldWasQuoted = false;
        }
        case '\r' -> {
          // part of CRLF; a lone CR is dropped too
        }
        case '\n' -> {
          fields.add(field.toString());
          addRow(rows, rowLine, fields);
          fields = new ArrayList<>();
          field.setLength(0);
          fieldWasQuoted = false;
          line++;
          rowLine = line;
        }
        default -> {
          if (fieldWasQuoted) {
            throw new MalformedCsv(line, "text after a closing quote");
          }
          field.append(c);
        }
      }
      i++;
    }
    if (quoted) {
      throw new MalformedCsv(quoteLine, "a quoted field is never closed");
    }
    if (field.length() > 0 || fieldWasQuoted || !fields.isEmpty()) {
      fields.add(field.toString());
      addRow(rows, rowLine, fields);
    }
    return rows;
  }

  private static void addRow(List<Row> rows, int line, List<String> fields) {
    boolean blank = fields.size() == 1 && fields.get(0).isBlank();
    if (!blank) {
      rows.add(new Row(line, List.copyOf(fields)));
    }
  }
}
