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
    Set<String> used = new HashSet<>();
    List<Listed> index = new ArrayList<>();
    List<SheetSpec> sheets = new ArrayList<>();
    for (ExportTable table : tables) {
      String name = uniqueSheetName(table.name(), used);
      index.add(new Listed(name, table.title(), table.description()));
      sheets.add(new TableSheet(name, table));
    }
    return ZipEntryTimes.set(write(about, index, sheets, created).bytes(), created);
  }

  /** A line of the "Om tallene" sheet's list of sheets. */
  record Listed(String sheet, String title, String description) {}

  /** A sheet to write: a table, several tables one under another, or a placeholder. */
  sealed interface SheetSpec permits TableSheet, StackedSheet, Placeholder {
    String name();
  }

  /** One table with a frozen header and a filter. */
  record TableSheet(String name, ExportTable table) implements SheetSpec {}

  /** Tables one under another, each under its heading and header, an empty row between them. */
  record StackedSheet(String name, List<ExportTable> tables) implements SheetSpec {}

  /**
   * A sheet whose XML {@link WorkbookSplice} replaces: its header and filter over {@code rows} rows
   * below it (none for no headers), so that the workbook's defined names fit the sheet that takes
   * its place.
   */
  record Placeholder(String name, List<String> headers, int rows) implements SheetSpec {}

  /**
   * A written workbook and the ZIP entries of its sheets ("xl/worksheets/sheet2.xml"): the first is
   * "Om tallene", then one per sheet written.
   */
  record Written(byte[] bytes, List<String> parts) {}

  /**
   * The workbook of an "Om tallene" sheet ({@code about}, then a list of the sheets {@code index})
   * followed by {@code sheets}; not yet dated (see {@link ZipEntryTimes}).
   */
  static Written write(
      List<String> about, List<Listed> index, List<SheetSpec> sheets, Instant created) {
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
      SXSSFSheet first = workbook.createSheet("Om tallene");
      int r = 0;
      for (String line : about) {
        text(first.createRow(r++), 0, line, styles.plain);
      }
      r++;
      Row head = first.createRow(r++);
      List<String> indexHeaders = List.of("Ark", "Titel", "Beskrivelse");
      for (int c = 0; c < indexHeaders.size(); c++) {
        text(head, c, indexHeaders.get(c), styles.header);
      }
      for (Listed listed : index) {
        Row row = first.createRow(r++);
        text(row, 0, listed.sheet(), styles.plain);
        text(row, 1, listed.title(), styles.plain);
        text(row, 2, listed.description(), styles.plain);
      }
      first.setColumnWidth(0, 20 * 256);
      first.setColumnWidth(1, 60 * 256);
      first.setColumnWidth(2, 100 * 256);
      List<String> parts = new ArrayList<>(List.of(part(workbook, first)));
      for (SheetSpec spec : sheets) {
        SXSSFSheet sheet = workbook.createSheet(spec.name());
        if (spec instanceof TableSheet t) {
          header(sheet, 0, t.table().headers(), styles);
          rows(sheet, 1, t.table(), styles);
          filter(sheet, t.table().rows().size() + 1, t.table().headers().size());
        } else if (spec instanceof StackedSheet s) {
          stacked(sheet, s.tables(), styles);
        } else if (spec instanceof Placeholder p && !p.headers().isEmpty()) {
          header(sheet, 0, p.headers(), styles);
          filter(sheet, p.rows() + 1, p.headers().size());
        }
        parts.add(part(workbook, sheet));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return new Written(out.toByteArray(), parts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose(); // its temporary files
    }
  }

  /** Each table under its heading, with its header and rows, and an empty row after it. */
  private static void stacked(Sheet sheet, List<ExportTable> tables, Styles styles) {
    int r = 0;
    int columns = 2;
    for (ExportTable table : tables) {
      Row heading = sheet.createRow(r++);
      text(heading, 0, table.heading(), styles.header);
      header(sheet, r++, table.headers(), styles);
      r = rows(sheet, r, table, styles) + 1;
      columns = Math.max(columns, table.headers().size());
    }
    sheet.setColumnWidth(0, 16 * 256);
    sheet.setColumnWidth(1, 24 * 256);
    for (int c = 2; c < columns; c++) {
      sheet.setColumnWidth(c, 14 * 256);
    }
    sheet.createFreezePane(2, 0);
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

  /** The header row {@code r}; the first header of a sheet also sets the column widths. */
  private static void header(Sheet sheet, int r, List<String> headers, Styles styles) {
    Row header = sheet.createRow(r);
    for (int c = 0; c < headers.size(); c++) {
      text(header, c, headers.get(c), styles.header);
      if (r == 0) {
        sheet.setColumnWidth(c, Math.min(40, Math.max(10, headers.get(c).length() + 2)) * 256);
      }
    }
  }

  /** The table's rows from row {@code r} on; the row after them. */
  private static int rows(Sheet sheet, int r, ExportTable table, Styles styles) {
    for (List<Object> values : table.rows()) {
      Row row = sheet.createRow(r++);
      for (int c = 0; c < values.size(); c++) {
        cell(row, c, values.get(c), table.percent().get(c), styles);
      }
    }
    return r;
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
