package dk.socialbench.server.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report's tables as one CSV file for Danish Excel: UTF-8 with a byte order mark, {@code ;}
 * between fields, decimal comma, CRLF line ends. Each dataset is a section: a title line ("Figur
 * 3.1: ..."), a header line, its rows, and an empty line. Dates are ISO 8601 ({@code 2016-01-03}),
 * suppressed cells "–". Text that a spreadsheet would take for a formula is made text ({@link
 * SpreadsheetText}). Written with Apache Commons CSV.
 */
final class CsvExport {
  static final char SEPARATOR = ';';

  /** RFC 4180 with {@code ;} and CRLF, quoting only the fields that need it. */
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setDelimiter(SEPARATOR).setRecordSeparator("\r\n").get();

  private CsvExport() {}

  static byte[] write(List<ExportTable> tables) {
    return ("\uFEFF" + sections(tables)).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The sections of {@code tables}, then a line {@code introduction} and the sections {@code
   * shared} made once for every file of a run (see {@link NationalTables}).
   */
  static byte[] write(List<ExportTable> tables, String introduction, byte[] shared) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(shared.length + 64 * 1024);
    out.writeBytes(
        ("\uFEFF"
                + sections(tables)
                + field(SpreadsheetText.neutralised(introduction))
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(shared);
    return out.toByteArray();
  }

  /** Each table as a section (title, header, rows, an empty line); no byte order mark. */
  static String sections(List<ExportTable> tables) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
      for (ExportTable table : tables) {
        csv.printRecord(SpreadsheetText.neutralised(table.heading()));
        csv.printRecord(table.headers().stream().map(CsvExport::text).toList());
        for (List<Object> row : table.rows()) {
          csv.printRecord(row.stream().map(CsvExport::text).toList());
        }
        csv.println();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CSV into memory", e);
    }
    return out.toString();
  }

  /** A value as Danish Excel reads it: {@code 0,9312}, {@code 2016-01-03}, {@code 42}. */
  static String text(Object value) {
    if (value == null) {
      // Null, not "": Commons CSV writes null as nothing but quotes an empty first field.
      return null;
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
    String text = value.toString();
    return text.isEmpty() ? null : SpreadsheetText.neutralised(text);
  }

  /** One field as written: quoted where it holds a separator, a quote or a line break. */
  static String field(String text) {
    return FORMAT.format(text);
  }
}
