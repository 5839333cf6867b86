package dk.socialbench.generate;

import dk.socialbench.UserError;
import dk.socialbench.contract.DeliveryColumn;
import dk.socialbench.contract.Vocabulary;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a delivery as an Excel workbook: the first sheet holds the same header and rows as the CSV
 * would, with dates as date cells and numbers as numeric cells. POI's streaming workbook keeps only
 * a window of rows in memory; the file is written on {@link #close()}.
 */
final class XlsxDeliveryWriter implements DeliveryWriter, DeliveryRow.CellSink {
  private static final int ROWS_IN_MEMORY = 200;
  private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

  private final Path file;
  private final FileConvention convention;
  private final List<DeliveryColumn> columns;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
  private final Sheet sheet = workbook.createSheet("Indberetning");
  private final CellStyle dateStyle = workbook.createCellStyle();
  private Row row;
  private int column;

  XlsxDeliveryWriter(Path file, FileConvention convention, List<DeliveryColumn> columns) {
    this.file = file;
    this.convention = convention;
    this.columns = columns;
    String pattern = convention.danishDates() ? "dd-mm-yyyy" : "yyyy-mm-dd";
    dateStyle.setDataFormat(workbook.createDataFormat().getFormat(pattern));
    row = sheet.createRow(0);
    for (DeliveryColumn c : columns) {
      text(convention.danishHeader() ? c.danish() : c.code());
    }
  }

  @Override
  public void write(GeneratedCase generatedCase) {
    for (GeneratedRegistration registration : generatedCase.registrations()) {
      int next = row.getRowNum() + 1;
      if (next > LAST_ROW) {
        throw new UserError(
            "municipality "
                + generatedCase.municipalityCode()
                + " has more rows than a spreadsheet holds ("
                + LAST_ROW
                + "); write it as CSV (leave it out of --xlsx)");
      }
      row = sheet.createRow(next);
      column = 0;
      for (DeliveryColumn c : columns) {
        DeliveryRow.emit(c, generatedCase, registration, this);
      }
    }
  }

  @Override
  public void text(String value) {
    row.createCell(column++).setCellValue(value);
  }

  @Override
  public void code(Vocabulary vocabulary, String code) {
    text(convention.danishValues() ? vocabulary.danishOf(code) : code);
  }

  @Override
  public void date(LocalDate value) {
    Cell cell = row.createCell(column++);
    cell.setCellValue(value);
    cell.setCellStyle(dateStyle);
  }

  @Override
  public void number(double value) {
    row.createCell(column++).setCellValue(value);
  }

  @Override
  public void empty() {
    column++;
  }

  @Override
  public void close() throws IOException {
    // A fixed creation date: POI would stamp the current time, and the bytes must not vary.
    Date created = Date.from(SepCalibration.LAST_DATE.atStartOfDay().toInstant(ZoneOffset.UTC));
    workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(created));
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }
}
