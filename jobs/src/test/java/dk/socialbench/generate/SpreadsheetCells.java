package dk.socialbench.generate;

import dk.socialbench.contract.DeliveryColumn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell types of a spreadsheet delivery's first data row, by column. */
final class SpreadsheetCells {
  record TypedCell(String type, boolean dateFormatted) {}

  private SpreadsheetCells() {}

  static Map<DeliveryColumn, TypedCell> firstDataRow(Path xlsx) throws IOException {
    try (InputStream in = Files.newInputStream(xlsx);
        Workbook workbook = new XSSFWorkbook(in)) {
      Row header = workbook.getSheetAt(0).getRow(0);
      Row first = workbook.getSheetAt(0).getRow(1);
      Map<DeliveryColumn, TypedCell> cells = new EnumMap<>(DeliveryColumn.class);
      for (Cell h : header) {
        Cell c = first.getCell(h.getColumnIndex());
        if (c != null) {
          boolean date =
              c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                  && DateUtil.isCellDateFormatted(c);
          cells.put(
              DeliveryColumn.fromHeader(h.getStringCellValue()).orElseThrow(),
              new TypedCell(c.getCellType().name(), date));
        }
      }
      return cells;
    }
  }
}
