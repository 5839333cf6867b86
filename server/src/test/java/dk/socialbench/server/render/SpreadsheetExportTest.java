package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The benchmark's tables as XLSX, opened with POI. */
class SpreadsheetExportTest {
  @Test
  void has_an_about_sheet_and_one_sheet_per_dataset_in_report_order() throws IOException {
    try (XSSFWorkbook workbook = workbook(ReportKind.BENCHMARK)) {
      List<String> names = new ArrayList<>();
      workbook.forEach(sheet -> names.add(sheet.getSheetName()));
      List<String> own = new ArrayList<>();
      ReportContents.datasets(ReportKind.BENCHMARK)
          .forEach(d -> own.add(ExportTable.name(ResultCatalogue.byName(d))));
      List<String> expected = new ArrayList<>(List.of("Om tallene", "Kommune, gruppe og land"));
      own.forEach(name -> expected.add(name + " (alle)"));
      assertEquals(expected, names);
      assertTrue(names.contains("Figur 3.4–3.5 (alle)"));
      assertTrue(names.contains("Case-mix (alle)"));
    }
  }

  @Test
  void heads_columns_with_danish_titles_and_names_interval_bounds() throws IOException {
    try (XSSFWorkbook workbook = workbook(ReportKind.BENCHMARK)) {
      List<String> header = row(workbook.getSheet("Figur 3.3 (alle)"), 0);
      assertEquals(
          List.of("Kommunenummer", "Kommune", "Antal sager", "Gns. VUM-score"),
          header.subList(0, 4));
      assertTrue(header.contains("Gns. VUM-mål, nedre 95 pct."), header.toString());
      assertTrue(header.contains("Gns. VUM-score, øvre 95 pct."), header.toString());
    }
  }

  @Test
  void stores_numbers_as_numbers_and_suppressed_cells_as_a_dash() throws IOException {
    try (XSSFWorkbook workbook = workbook(ReportKind.BENCHMARK)) {
      Sheet sheet = workbook.getSheet("Figur 3.3 (alle)");
      Row horsens = find(sheet, "Horsens");
      assertEquals(CellType.NUMERIC, horsens.getCell(2).getCellType());
      Row ballerup = find(sheet, "Ballerup");
      int targets = row(sheet, 0).indexOf("Sager med VUM-mål");
      assertEquals("–", ballerup.getCell(targets).getStringCellValue());
      Sheet all = workbook.getSheet("Figur 3.3 (alle)");
      assertEquals(
          "Ringkøbing-Skjern", find(all, "Ringkøbing-Skjern").getCell(1).getStringCellValue());
    }
  }

  @Test
  void labels_codes_in_danish() throws IOException {
    try (XSSFWorkbook workbook = workbook(ReportKind.BENCHMARK)) {
      List<String> goalTypes = new ArrayList<>();
      Sheet sheet = workbook.getSheet("Figur 3.2 (alle)");
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        goalTypes.add(sheet.getRow(r).getCell(2).getStringCellValue());
      }
      assertTrue(goalTypes.contains("Begrænset forværring"), goalTypes.toString());
    }
  }

  @Test
  void data_quality_holds_only_the_municipality_and_all_municipalities() throws IOException {
    try (XSSFWorkbook workbook = workbook(ReportKind.DATA_QUALITY)) {
      Sheet sheet = workbook.getSheet("Datakomplethed");
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        String name = sheet.getRow(r).getCell(1).getStringCellValue();
        assertTrue(name.equals("Horsens") || name.equals("Alle kommuner"), name);
      }
      assertEquals(
          3, workbook.getSheet("Afviste rækker pr. regel").getLastRowNum(), "Horsens's 3 rules");
      assertEquals(12, workbook.getSheet("Afviste rækker").getLastRowNum(), "Horsens's 12 rows");
    }
  }

  private static XSSFWorkbook workbook(ReportKind kind) throws IOException {
    byte[] bytes = SharedRenderer.render(kind, RunFixture.HORSENS, Format.XLSX);
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  private static List<String> row(Sheet sheet, int index) {
    List<String> values = new ArrayList<>();
    for (Cell cell : sheet.getRow(index)) {
      values.add(cell.getStringCellValue());
    }
    return values;
  }

  private static Row find(Sheet sheet, String municipality) {
    for (Row row : sheet) {
      if (municipality.equals(row.getCell(1).getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError(municipality + " not in " + sheet.getSheetName());
  }
}
