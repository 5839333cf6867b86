package dk.socialbench.server.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.apache.poi.xssf.streaming.SXSSFSheet;
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
    return ZipEntryTimes.set(write(about, tables, List.of(), created).bytes(), created);
  }

  /**
   * A sheet whose rows are written elsewhere, once for every workbook of a run ({@link
   * NationalTables}): a workbook gets a placeholder with its name, header and filter, whose part
   * {@link WorkbookSplice} replaces.
   *
   * @param rows the number of rows below the header
   */
  record SheetOutline(
      String name, String title, String description, List<String> headers, int rows) {
    SheetOutline {
      headers = List.copyOf(headers);
    }
  }

  /**
   * A written workbook and the ZIP entries of its sheets ("xl/worksheets/sheet2.xml"): {@code
   * tableParts} those of the tables, {@code outlineParts} those of the placeholders.
   */
  record Written(byte[] bytes, List<String> tableParts, List<String> outlineParts) {}

  /**
   * The workbook of {@code tables}, then a placeholder for each of {@code outlines}; not yet dated
   * (see {@link ZipEntryTimes}).
   */
  static Written write(
      List<String> about, List<ExportTable> tables, List<SheetOutline> outlines, Instant created) {
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
      List<String> tableParts = new ArrayList<>();
      for (ExportTable table : tables) {
        String sheetName = uniqueSheetName(table.name(), used);
        Row row = index.createRow(r++);
        text(row, 0, sheetName, styles.plain);
        text(row, 1, table.title(), styles.plain);
        text(row, 2, table.description(), styles.plain);
        SXSSFSheet sheet = workbook.createSheet(sheetName);
        sheet(sheet, table.headers(), styles);
        rows(sheet, table, styles);
        tableParts.add(part(workbook, sheet));
      }
      List<String> outlineParts = new ArrayList<>();
      for (SheetOutline outline : outlines) {
        String sheetName = uniqueSheetName(outline.name(), used);
        Row row = index.createRow(r++);
        text(row, 0, sheetName, styles.plain);
        text(row, 1, outline.title(), styles.plain);
        text(row, 2, outline.description(), styles.plain);
        SXSSFSheet sheet = workbook.createSheet(sheetName);
        sheet(sheet, outline.headers(), styles);
        filter(sheet, outline.rows() + 1, outline.headers().size());
        outlineParts.add(part(workbook, sheet));
      }
      index.setColumnWidth(0, 20 * 256);
      index.setColumnWidth(1, 60 * 256);
      index.setColumnWidth(2, 100 * 256);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return new Written(out.toByteArray(), tableParts, outlineParts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose(); // its temporary files
    }
  }

  /** The ZIP entry of {@code sheet}'s XML. */
  private static String part(SXSSFWorkbook workbook, SXSSFSheet sheet) {
    int index = workbook.getSheetIndex(sheet);
    return workbook
        .getXSSFWorkbook()
        .getSheetAt(index)
        .getPackagePart()
        .getPartName()
        .getName()
        .substring(1);
  }

  /** The header row and column widths. */
  private static void sheet(Sheet sheet, List<String> headers, Styles styles) {
    Row header = sheet.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      text(header, c, headers.get(c), styles.header);
      sheet.setColumnWidth(c, Math.min(40, Math.max(10, headers.get(c).length() + 2)) * 256);
    }
  }

  /** The table's rows under the header, then the filter over them. */
  private static void rows(Sheet sheet, ExportTable table, Styles styles) {
    int r = 1;
    for (List<Object> values : table.rows()) {
      Row row = sheet.createRow(r++);
      for (int c = 0; c < values.size(); c++) {
        cell(row, c, values.get(c), table.percent().get(c), styles);
      }
    }
    filter(sheet, r, table.headers().size());
  }

  /** The header frozen with the first two columns, a filter over {@code rows} (header included). */
  private static void filter(Sheet sheet, int rows, int columns) {
    sheet.createFreezePane(2, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
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
