package dk.socialbench.server.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A report's tables as one CSV file for Danish Excel: UTF-8 with a byte order mark, {@code ;}
 * between fields, decimal comma, CRLF line ends. Each dataset is a section: a title line ("Figur
 * 3.1: ..."), a header line, its rows, and an empty line. Dates are ISO 8601 ({@code 2016-01-03}),
 * suppressed cells "–". Text that a spreadsheet would take for a formula is made text ({@link
 * SpreadsheetText}).
 */
final class CsvExport {
  static final char SEPARATOR = ';';
  private static final String CRLF = "\r\n";

  private CsvExport() {}

  static byte[] write(List<ExportTable> tables) {
    StringBuilder out = new StringBuilder("\uFEFF");
    for (ExportTable table : tables) {
      out.append(field(SpreadsheetText.neutralised(table.heading()))).append(CRLF);
      out.append(line(table.headers())).append(CRLF);
      for (List<Object> row : table.rows()) {
        out.append(line(row)).append(CRLF);
      }
      out.append(CRLF);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String line(List<?> values) {
    return values.stream()
        .map(CsvExport::text)
        .map(CsvExport::field)
        .collect(Collectors.joining(String.valueOf(SEPARATOR)));
  }

  /** A value as Danish Excel reads it: {@code 0,9312}, {@code 2016-01-03}, {@code 42}. */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue())
          .setScale(6, RoundingMode.HALF_UP)
          .stripTrailingZeros()
          .toPlainString()
          .replace('.', ',');
    }
    if (value instanceof Number || value instanceof LocalDate) {
      return value.toString();
    }
    return SpreadsheetText.neutralised(value.toString());
  }

  /** Quotes a field that holds a separator, a quote or a line break (RFC 4180). */
  static String field(String text) {
    if (text.indexOf(SEPARATOR) < 0
        && text.indexOf('"') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
