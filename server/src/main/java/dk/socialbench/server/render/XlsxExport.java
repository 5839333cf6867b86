package dk.socialbench.server.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report's tables as an XLSX workbook: an "Om tallene" sheet (the run, the suppression rule, and
 * what each sheet holds), then one sheet per dataset with a header row, filters and numbers stored
 * as numbers. Text that a spreadsheet would take for a formula is made text ({@link
 * SpreadsheetText}).
 *
 * <p>Written as a stream (rows go to a temporary file as they are made): a national benchmark's
 * workbook held whole took 150 MB of heap and five times as long, and two at once overran the
 * server's 512 MiB while it pre-rendered a run.
 */
final class XlsxExport {
  /** Rows of a sheet kept in memory before they are written out; the rest is on disk. */
  private static final int ROWS_IN_MEMORY = 100;

  private XlsxExport() {}

  /** The workbook; {@code created} dates it, so the same tables give the same bytes. */
  static byte[] write(List<String> about, List<ExportTable> tables, Instant created) {
    SXSSFWorkbook workbook =
        new SXSSFWorkbook(ROWS_IN_MEMORY) {
          /**
           * Deflated at the fastest level: a national benchmark's workbook is 16 MB of XML, which
           * the default level took 166 ms to compress and the fastest takes 49 ms, for a file of
           * 1.9 MB instead of 1.5 MB.
           */
          @Override
          protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
          }
        };
    // Plain (not ZIP64) entry trailers: Java's ZipInputStream and other streaming readers misread
    // ZIP64 ones, and no workbook here comes near 4 GB.
    workbook.setZip64Mode(Zip64Mode.Never);
    try {
      workbook
          .getXSSFWorkbook()
          .getProperties()
          .getCoreProperties()
          .setCreated(Optional.of(Date.from(created)));
      Styles styles = new Styles(workbook);
      Sheet index = workbook.createSheet("Om tallene");
      int r = 0;
      for (String line : about) {
        text(index.createRow(r++), 0, line, styles.plain);
      }
      r++;
      Row head = index.createRow(r++);
      List<String> indexHeaders = List.of("Ark", "Titel", "Beskrivelse");
      for (int c = 0; c < indexHeaders.size(); c++) {
        text(head, c, indexHeaders.get(c), styles.header);
      }
      Set<String> used = new HashSet<>();
      for (ExportTable table : tables) {
        String sheetName = uniqueSheetName(table.name(), used);
        Row row = index.createRow(r++);
        text(row, 0, sheetName, styles.plain);
        text(row, 1, table.title(), styles.plain);
        text(row, 2, table.description(), styles.plain);
        sheet(workbook.createSheet(sheetName), table, styles);
      }
      index.setColumnWidth(0, 20 * 256);
      index.setColumnWidth(1, 60 * 256);
      index.setColumnWidth(2, 100 * 256);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return ZipEntryTimes.set(out.toByteArray(), created);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose(); // its temporary files
    }
  }

  private static void sheet(Sheet sheet, ExportTable table, Styles styles) {
    Row header = sheet.createRow(0);
    for (int c = 0; c < table.headers().size(); c++) {
      text(header, c, table.headers().get(c), styles.header);
      sheet.setColumnWidth(
          c, Math.min(40, Math.max(10, table.headers().get(c).length() + 2)) * 256);
    }
    int r = 1;
    for (List<Object> values : table.rows()) {
      Row row = sheet.createRow(r++);
      for (int c = 0; c < values.size(); c++) {
        cell(row, c, values.get(c), table.percent().get(c), styles);
      }
    }
    sheet.createFreezePane(2, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, table.headers().size() - 1));
  }

  private static void cell(Row row, int c, Object value, boolean percent, Styles styles) {
    if (value == null) {
      return;
    }
    Cell cell = row.createCell(c);
    if (value instanceof Number n && !(value instanceof Double) && !(value instanceof Float)) {
      cell.setCellValue(n.doubleValue());
      cell.setCellStyle(styles.whole);
    } else if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
      cell.setCellStyle(percent ? styles.percent : styles.decimal);
    } else if (value instanceof LocalDate d) {
      cell.setCellValue(d);
      cell.setCellStyle(styles.date);
    } else {
      cell.setCellValue(SpreadsheetText.neutralised(value.toString()));
      cell.setCellStyle(DanishFormat.SUPPRESSED.equals(value) ? styles.suppressed : styles.plain);
    }
  }

  private static void text(Row row, int c, String value, CellStyle style) {
    Cell cell = row.createCell(c);
    cell.setCellValue(SpreadsheetText.neutralised(value));
    cell.setCellStyle(style);
  }

  /** Sheet names are at most 31 characters, without {@code []:*?/\}, and unique. */
  static String uniqueSheetName(String name, Set<String> used) {
    String safe = WorkbookUtil.createSafeSheetName(name);
    String candidate = safe;
    for (int i = 2; !used.add(candidate.toLowerCase(DanishFormat.DANISH)); i++) {
      String suffix = " (" + i + ")";
      candidate = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
    }
    return candidate;
  }

  /** The workbook's cell styles, made once: Excel allows only so many. */
  private static final class Styles {
    /**
     * The workbook's default style, set on every cell that has no other: the file is the same, but
     * a cell without a style is looked up in its column's definitions as it is written, which took
     * a quarter of a national workbook's time.
     */
    final CellStyle plain;

    final CellStyle header;
    final CellStyle whole;
    final CellStyle decimal;
    final CellStyle percent;
    final CellStyle date;
    final CellStyle suppressed;

    Styles(Workbook workbook) {
      plain = workbook.getCellStyleAt(0);
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      whole = format(workbook, "#,##0");
      decimal = format(workbook, "#,##0.00");
      percent = format(workbook, "0.0%");
      date = format(workbook, "dd-mm-yyyy");
      suppressed = workbook.createCellStyle();
      suppressed.setAlignment(HorizontalAlignment.RIGHT);
    }

    private static CellStyle format(Workbook workbook, String pattern) {
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
      return style;
    }
  }
}
