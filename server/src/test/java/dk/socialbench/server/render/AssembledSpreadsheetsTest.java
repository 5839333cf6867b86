package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.server.data.Table;
import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A benchmark's workbook and CSV assembled from the municipality's own rows and every
 * municipality's full tables, which are written once per run and copied into each file: every
 * municipality's file opens, the copied part holds the published rows, the own part its rows.
 */
class AssembledSpreadsheetsTest {
  /** The SEP municipalities, "all" first, then by name in Danish order (c before k: Fredericia). */
  private static final List<String> NATIONAL_ORDER =
      List.of(
          "Alle kommuner",
          "Ballerup",
          "Brøndby",
          "Fredericia",
          "Frederiksberg",
          "Gentofte",
          "Hillerød",
          "Horsens",
          "Ishøj",
          "Middelfart",
          "Ringkøbing-Skjern");

  private static final DataFormatter SHOWN = new DataFormatter(DanishFormat.DANISH);

  @Test
  void every_municipalitys_workbook_opens_with_its_own_sheets_then_all_municipalities()
      throws IOException {
    List<String> own = new ArrayList<>();
    ReportContents.datasets(ReportKind.BENCHMARK)
        .forEach(d -> own.add(ExportTable.name(ResultCatalogue.byName(d))));
    try (XSSFWorkbook national = workbook(ReportKind.NATIONAL, null)) {
      for (String code : RunFixture.SEP) {
        try (XSSFWorkbook workbook = workbook(ReportKind.BENCHMARK, code)) {
          List<String> names = new ArrayList<>();
          workbook.forEach(sheet -> names.add(sheet.getSheetName()));
          assertEquals(2 + own.size(), names.size(), code + ": " + names);
          assertEquals(List.of("Om tallene", "Kommune, gruppe og land"), names.subList(0, 2));
          for (String name : own) {
            assertEquals(
                cells(national.getSheet(name)),
                cells(workbook.getSheet(name + " (alle)")),
                code + ": " + name + " differs from the national report's");
          }
          assertEquals(0, workbook.getActiveSheetIndex(), code);
        }
      }
    }
  }

  @Test
  void the_sheets_of_all_municipalities_hold_the_published_rows_in_one_order() throws IOException {
    Table vum = SharedRenderer.SEP.find("vum_and_target").orElseThrow();
    for (String code : List.of(RunFixture.HORSENS, RunFixture.BALLERUP)) {
      try (XSSFWorkbook workbook = workbook(ReportKind.BENCHMARK, code)) {
        Sheet all = workbook.getSheet("Figur 3.3 (alle)");
        assertEquals("Antal sager", all.getRow(0).getCell(2).getStringCellValue());
        assertEquals(NATIONAL_ORDER, column(all, 1), code);
        for (int r = 1; r <= all.getLastRowNum(); r++) {
          Row row = all.getRow(r);
          String municipality = row.getCell(0).getStringCellValue();
          Table published =
              vum.forMunicipality(municipality.isEmpty() ? Municipalities.ALL : municipality);
          assertEquals(1, published.size(), municipality);
          assertEquals(
              ((Number) published.value(0, "cases")).doubleValue(),
              row.getCell(2).getNumericCellValue(),
              code + ": cases of " + municipality);
        }
      }
    }
  }

  @Test
  void the_municipality_sheet_holds_its_rows_its_group_and_the_country() throws IOException {
    try (XSSFWorkbook workbook = workbook(ReportKind.BENCHMARK, RunFixture.HORSENS)) {
      Sheet own = workbook.getSheet("Kommune, gruppe og land");
      int heading = -1;
      for (int r = 0; r <= own.getLastRowNum() && heading < 0; r++) {
        Row row = own.getRow(r);
        if (row != null && row.getCell(0).getStringCellValue().startsWith("Figur 3.3:")) {
          heading = r;
        }
      }
      assertTrue(heading >= 0, "no table of figure 3.3 on the municipality's sheet");
      List<List<String>> allCells = cells(workbook.getSheet("Figur 3.3 (alle)"));
      List<List<String>> block = new ArrayList<>();
      for (int r = heading + 1; r <= heading + 4; r++) {
        block.add(cells(own.getRow(r)));
      }
      assertEquals(allCells.get(0), block.get(0), "the same header");
      assertEquals(allCells.get(1 + NATIONAL_ORDER.indexOf("Horsens")), block.get(1));
      assertEquals("1=Sammenligningsgruppen", block.get(2).get(1));
      assertEquals(allCells.get(1), block.get(3), "Alle kommuner");
      assertTrue(own.getRow(heading + 5) == null, "an empty row after the table");
    }
  }

  @Test
  void copied_cells_keep_their_number_formats() throws IOException {
    for (String code : List.of(RunFixture.HORSENS, RunFixture.ISHOJ)) {
      try (XSSFWorkbook workbook = workbook(ReportKind.BENCHMARK, code)) {
        Sheet goals = workbook.getSheet("Figur 3.1 (alle)");
        List<String> header = header(goals);
        int share = header.indexOf("Andel");
        int count = header.indexOf("Antal sager");
        assertTrue(share > 0 && count > 0, header.toString());
        Row row = firstWithNumber(goals, share);
        assertEquals("0.0%", row.getCell(share).getCellStyle().getDataFormatString(), code);
        assertEquals("#,##0", row.getCell(count).getCellStyle().getDataFormatString(), code);
        Cell headerCell = goals.getRow(0).getCell(0);
        assertTrue(
            workbook.getFontAt(headerCell.getCellStyle().getFontIndex()).getBold(),
            code + ": the header's style is bold");
      }
    }
  }

  @Test
  void the_csv_has_its_own_sections_then_the_same_sections_of_all_municipalities_as_every_other() {
    byte[] horsens = render(ReportKind.BENCHMARK, RunFixture.HORSENS, Format.CSV);
    byte[] ballerup = render(ReportKind.BENCHMARK, RunFixture.BALLERUP, Format.CSV);
    byte[] national = render(ReportKind.NATIONAL, null, Format.CSV);
    String introduction = NationalTables.CSV_INTRODUCTION + "\r\n\r\n";
    String text = new String(horsens, StandardCharsets.UTF_8);
    int shared = text.indexOf(introduction) + introduction.length();
    assertTrue(shared > introduction.length(), "no introduction of all municipalities");
    String own = text.substring(0, shared);
    assertTrue(own.contains("\r\n615;Horsens;"), own);
    assertTrue(own.contains("\r\n;Sammenligningsgruppen;"), own);
    assertTrue(!own.contains(";Ballerup;"), "Ballerup's rows are not Horsens's own");
    String rest = text.substring(shared);
    byte[] nationalSections = Arrays.copyOfRange(national, 3, national.length); // after the BOM
    assertEquals(new String(nationalSections, StandardCharsets.UTF_8), rest);
    String ballerupText = new String(ballerup, StandardCharsets.UTF_8);
    assertTrue(ballerupText.endsWith(rest), "Ballerup's CSV ends with the same sections");
    assertTrue(rest.contains("\r\n151;Ballerup;") && rest.contains("\r\n615;Horsens;"));
    assertTrue(!rest.contains("Sammenligningsgruppen;"), "no group among all municipalities");
  }

  private static byte[] render(ReportKind kind, String code, Format format) {
    return SharedRenderer.RENDERER.render(kind, code, SharedRenderer.SEP, format);
  }

  private static XSSFWorkbook workbook(ReportKind kind, String code) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(render(kind, code, Format.XLSX)));
  }

  /** Every cell as shown, row by row. */
  private static List<List<String>> cells(Sheet sheet) {
    List<List<String>> rows = new ArrayList<>();
    for (Row row : sheet) {
      rows.add(cells(row));
    }
    return rows;
  }

  /** "2=17": the cells of a row by column, as shown. */
  private static List<String> cells(Row row) {
    List<String> cells = new ArrayList<>();
    for (Cell cell : row) {
      cells.add(cell.getColumnIndex() + "=" + SHOWN.formatCellValue(cell));
    }
    return cells;
  }

  /** Column {@code c} below the header. */
  private static List<String> column(Sheet sheet, int c) {
    List<String> values = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      values.add(sheet.getRow(r).getCell(c).getStringCellValue());
    }
    return values;
  }

  private static List<String> header(Sheet sheet) {
    List<String> values = new ArrayList<>();
    sheet.getRow(0).forEach(cell -> values.add(cell.getStringCellValue()));
    return values;
  }

  /** The first row below the header whose cell {@code c} holds a number. */
  private static Row firstWithNumber(Sheet sheet, int c) {
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Cell cell = sheet.getRow(r).getCell(c);
      if (cell != null && cell.getCellType() == CellType.NUMERIC) {
        return sheet.getRow(r);
      }
    }
    throw new AssertionError("no number in column " + c + " of " + sheet.getSheetName());
  }
}
