package org.mentorbot.app.match;

import java.util.List;
import java.util.Locale;
import org.mentorbot.core.matching.engine.MatchResult;
import org.mentorbot.core.matching.engine.MatchedPair;
import org.mentorbot.core.matching.engine.UnmatchedMentee;

/**
 * The result as CSV for spreadsheet programs ({@code --out result.csv}): one row per mentee,
 * matched first, with the columns {@code mentee,mentor,status,score,reasons} (reasons joined with
 * {@code "; "}). RFC 4180: CRLF line ends, fields with a comma, quote or line break in double
 * quotes. It starts with a UTF-8 byte order mark, which Excel needs to read non-ASCII names, and a
 * field that a spreadsheet would run as a formula ({@code = + - @} first) gets a leading {@code '}.
 */
final class ResultCsv {

  static final String HEADER = "mentee,mentor,status,score,reasons";
  private static final String BOM = "\uFEFF";
  private static final String CRLF = "\r\n";

  private ResultCsv() {}

  static String write(MatchResult result) {
    StringBuilder out = new StringBuilder(BOM).append(HEADER).append(CRLF);
    for (MatchedPair p : result.pairs()) {
      row(
          out,
          List.of(
              p.menteeId(),
              p.mentorId(),
              "matched",
              Integer.toString(p.score()),
              String.join("; ", p.reasonTexts())));
    }
    for (UnmatchedMentee u : result.unmatched()) {
      row(out, List.of(u.menteeId(), "", "unmatched", "", u.reason()));
    }
    return out.toString();
  }

  /** Whether a file name asks for CSV. */
  static boolean wanted(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  private static void row(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      out.append(i == 0 ? "" : ",").append(field(fields.get(i)));
    }
    out.append(CRLF);
  }

  static String field(String value) {
    String v =
        !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !isNumber(value)
            ? "'" + value
            : value;
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  private static boolean isNumber(String value) {
    return value.matches("[-+]?\\d+");
  }
}
