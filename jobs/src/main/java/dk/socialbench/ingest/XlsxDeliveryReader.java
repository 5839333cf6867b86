package dk.socialbench.ingest;

import dk.socialbench.UserError;
import dk.socialbench.contract.DeliveryColumn;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an {@code .xlsx} workbook with the delivery's columns (the SEP template is a
 * spreadsheet). Lines are spreadsheet row numbers. Date cells become ISO dates, numeric cells plain
 * decimals, formulas their cached value, so that validation treats them like CSV text.
 */
final class XlsxDeliveryReader extends RowsSkippingBlanks {
  /**
   * The most a workbook's parts may unpack to, in all: POI holds the whole workbook in memory
   * (several times its XML), so a larger one, or a zip bomb, would fill the heap of the run instead
   * of being refused. 256 MiB is about 100,000 rows of the template; a larger delivery comes as
   * CSV, which is streamed.
   */
  static final long MAX_UNPACKED = 256L << 20;

  private final String file;
  private final XSSFWorkbook workbook;
  private final WorkbookCells check;
  private final Iterator<Row> rows;
  private final Header header;

  XlsxDeliveryReader(String file, InputStream in) throws IOException {
    this(file, in, MAX_UNPACKED);
  }

  XlsxDeliveryReader(String file, InputStream in, long maxUnpacked) throws IOException {
    this.file = file;
    byte[] zip = WorkbookCells.unpackable(file, in, maxUnpacked);
    try {
      this.workbook = new XSSFWorkbook(new ByteArrayInputStream(zip));
    } catch (RuntimeException | IOException e) {
      throw new UserError(file + ": cannot be read as an Excel workbook (" + unreadable(e) + ")");
    }
    if (workbook.getNumberOfSheets() == 0) {
      throw new UserError(file + ": the workbook has no sheets");
    }
    this.check = new WorkbookCells(workbook);
    Sheet sheet = workbook.getSheetAt(0);
    this.rows = sheet.rowIterator();
    if (!rows.hasNext()) {
      throw new UserError(file + ": the first sheet is empty; a delivery starts with a header row");
    }
    this.header = Header.parse(file, cells(rows.next(), null));
  }

  /**
   * What is wrong, without POI's message: it quotes the workbook (a cell reference, type or value
   * that could not be parsed), which may be a CPR number.
   */
  private static String unreadable(Exception e) {
    return e.getClass().getSimpleName() + "; open it in Excel and save it again as .xlsx";
  }

  @Override
  public String format() {
    return "xlsx";
  }

  @Override
  RawRow readRow() {
    if (!rows.hasNext()) {
      return null;
    }
    Row row = rows.next();
    return header.row(file, row.getRowNum() + 1L, cells(row, header));
  }

  /**
   * The row's cells as text; an unreadable cell stops the run naming file, line and column (its
   * position, and its code once the header is known), as a CSV file's errors do.
   */
  private List<String> cells(Row row, Header header) {
    List<String> cells = new ArrayList<>();
    int last = Math.max(row.getLastCellNum(), 0);
    for (int i = 0; i < last; i++) {
      String broken;
      try {
        Cell cell = row.getCell(i);
        broken = check.broken(cell);
        if (broken == null) {
          cells.add(text(cell));
          continue;
        }
      } catch (RuntimeException e) {
        broken = "the cell cannot be read (" + unreadable(e) + ")";
      }
      DeliveryColumn column = header == null ? null : header.columnAt(i);
      throw new UserError(
          file
              + ": line "
              + (row.getRowNum() + 1L)
              + ", column "
              + (i + 1)
              + (column == null ? "" : " (" + column.code() + ")")
              + ": "
              + broken);
    }
    return cells;
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return null;
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> cell.getBooleanCellValue() ? "yes" : "no";
      case NUMERIC -> numeric(cell);
      default -> null;
    };
  }

  private static String numeric(Cell cell) {
    if (DateUtil.isCellDateFormatted(cell)) {
      LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
      return date.toString();
    }
    return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }
}
