package dk.socialbench.generate;

import dk.socialbench.contract.DeliveryColumn;
import dk.socialbench.contract.Vocabulary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes a delivery as CSV in the municipality's {@link FileConvention}, each field quoted by
 * Apache Commons CSV (RFC 4180) where it needs it. Holds one row in memory at a time; the numbers
 * and dates are written here, as a spreadsheet's export shows them.
 */
final class CsvDeliveryWriter implements DeliveryWriter, DeliveryRow.CellSink {
  private static final int BUFFER_CHARS = 1 << 16;

  private final Writer out;
  private final FileConvention convention;
  private final CSVFormat format;
  private final List<DeliveryColumn> columns;
  private final StringBuilder line = new StringBuilder(512);

  /** Each enumerated value's cell as written (alias or code, quoted if need be), by vocabulary. */
  private final Map<Vocabulary, Map<String, String>> renderedCodes =
      new EnumMap<>(Vocabulary.class);

  CsvDeliveryWriter(Path file, FileConvention convention, List<DeliveryColumn> columns)
      throws IOException {
    this.out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
            BUFFER_CHARS);
    this.convention = convention;
    this.format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(convention.separator())
            .setRecordSeparator(convention.lineEnding())
            .get();
    this.columns = columns;
    for (Vocabulary v : Vocabulary.values()) {
      Map<String, String> cells = new HashMap<>();
      for (String code : v.codes()) {
        cells.put(code, quotedIfNeeded(convention.danishValues() ? v.danishOf(code) : code));
      }
      renderedCodes.put(v, cells);
    }
    if (convention.byteOrderMark()) {
      out.write('\uFEFF');
    }
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        line.append(convention.separator());
      }
      DeliveryColumn column = columns.get(i);
      text(convention.danishHeader() ? column.danish() : column.code());
    }
    endLine();
  }

  @Override
  public void write(GeneratedCase generatedCase) throws IOException {
    for (GeneratedRegistration registration : generatedCase.registrations()) {
      for (int i = 0; i < columns.size(); i++) {
        if (i > 0) {
          line.append(convention.separator());
        }
        DeliveryRow.emit(columns.get(i), generatedCase, registration, this);
      }
      endLine();
    }
  }

  private void endLine() throws IOException {
    line.append(convention.lineEnding());
    out.append(line);
    line.setLength(0);
  }

  @Override
  public void text(String value) {
    appendQuotedIfNeeded(value, line);
  }

  /** The value as one field, quoted by Commons CSV where it needs it. */
  private String quotedIfNeeded(String value) {
    StringBuilder field = new StringBuilder(value.length() + 2);
    appendQuotedIfNeeded(value, field);
    return field.toString();
  }

  /** Appends without a delimiter (the caller writes those) and without building a record. */
  private void appendQuotedIfNeeded(String value, StringBuilder out) {
    if (value.isEmpty()) {
      return; // Commons CSV would write "" for an empty field at the start of a record.
    }
    try {
      format.print(value, out, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
  }

  @Override
  public void code(Vocabulary vocabulary, String code) {
    line.append(renderedCodes.get(vocabulary).get(code));
  }

  @Override
  public void date(LocalDate value) {
    if (convention.danishDates()) {
      twoDigits(value.getDayOfMonth()).append('-');
      twoDigits(value.getMonthValue()).append('-').append(value.getYear());
    } else {
      line.append(value.getYear()).append('-');
      twoDigits(value.getMonthValue()).append('-');
      twoDigits(value.getDayOfMonth());
    }
  }

  /** Up to two decimals, trailing zeros dropped, as a spreadsheet's General format shows them. */
  @Override
  public void number(double value) {
    long hundredths = Math.round(value * 100);
    line.append(hundredths / 100);
    long fraction = hundredths % 100;
    if (fraction != 0) {
      line.append(convention.decimalSeparator());
      if (fraction % 10 == 0) {
        line.append(fraction / 10);
      } else {
        twoDigits((int) fraction);
      }
    }
  }

  @Override
  public void empty() {}

  private StringBuilder twoDigits(int value) {
    return line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
