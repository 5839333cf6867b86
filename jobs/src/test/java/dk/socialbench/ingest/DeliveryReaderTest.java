package dk.socialbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.UserError;
import dk.socialbench.contract.DeliveryColumn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class DeliveryReaderTest {
  private static final String HEADER =
      "municipality_code;case_id;cpr;target_group;registration_date;registration_kind;service;"
          + "vum_score;goals_set";

  private static List<RawRow> read(String name, byte[] bytes, Charset encoding) throws IOException {
    List<RawRow> rows = new ArrayList<>();
    try (DeliveryReader r = DeliveryReader.open(name, new ByteArrayInputStream(bytes), encoding)) {
      r.forEachRemaining(rows::add);
    }
    return rows;
  }

  private static List<RawRow> csv(String text) throws IOException {
    return read("d.csv", text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  private static String message(String text) {
    return assertThrows(UserError.class, () -> csv(text)).getMessage();
  }

  @Test
  void semicolon_files_with_bom_and_danish_headers_are_read() throws IOException {
    List<RawRow> rows =
        csv(
            "\uFEFFKommunekode;Sagsnummer;CPR-nummer;Målgruppe;Registreringsdato;Registreringstype;"
                + "Ydelse;VUM-score;Mål sat\r\n147;S-1;010190-1234;sindslidelse;01-03-2015;"
                + "visitation;§85;3,5;ja\r\n");
    assertEquals(1, rows.size());
    RawRow row = rows.get(0);
    assertEquals(2, row.line());
    assertEquals("147", row.cell(DeliveryColumn.MUNICIPALITY_CODE));
    assertEquals("3,5", row.cell(DeliveryColumn.VUM_SCORE));
    assertNull(row.cell(DeliveryColumn.DAILY_PRICE), "a column the file lacks is empty");
  }

  @Test
  void comma_files_are_detected_from_the_header() throws IOException {
    RawRow row =
        csv(HEADER.replace(';', ',') + "\n147,S-1,010190-1234,x,2015-03-01,v,s,2.5,yes\n").get(0);
    assertEquals("2.5", row.cell(DeliveryColumn.VUM_SCORE));
  }

  @Test
  void quoted_cells_keep_separators_quotes_and_line_breaks_and_lines_stay_physical()
      throws IOException {
    List<RawRow> rows =
        csv(
            HEADER
                + ";closing_reason\n147;S-1;c;x;d;k;s;2;ja;\"flyttet; \"\"Egely\"\"\nvia hospital\"\n"
                + "147;S-2;c;x;d;k;s;2;ja;\n");
    assertEquals(
        "flyttet; \"Egely\"\nvia hospital", rows.get(0).cell(DeliveryColumn.CLOSING_REASON));
    assertEquals(2, rows.get(0).line());
    assertEquals(4, rows.get(1).line());
  }

  @Test
  void blank_rows_are_skipped_and_counted() throws IOException {
    byte[] bytes =
        (HEADER + "\n;;;;;;;;\n\n147;S-1;c;x;d;k;s;2;ja\n").getBytes(StandardCharsets.UTF_8);
    try (DeliveryReader r =
        DeliveryReader.open("d.csv", new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
      assertTrue(r.hasNext());
      assertEquals(4, r.next().line());
      assertFalse(r.hasNext());
      assertEquals(2, r.blankRows());
    }
  }

  @Test
  void windows_1252_is_read_when_asked_for() throws IOException {
    byte[] bytes =
        (HEADER + ";closing_reason\n147;S-1;c;x;d;k;s;2;ja;Flyttet til Ærø\n")
            .getBytes(Charset.forName("windows-1252"));
    RawRow row = read("d.csv", bytes, Charset.forName("windows-1252")).get(0);
    assertEquals("Flyttet til Ærø", row.cell(DeliveryColumn.CLOSING_REASON));
  }

  @Test
  void windows_1252_read_as_utf8_stops_with_file_line_and_what_to_do() {
    byte[] bytes =
        (HEADER + "\n147;S-1;c;x;d;k;s;2;ja\n147;S-2;c;sindslidelse;d;k;s;2;måske\n")
            .getBytes(Charset.forName("windows-1252"));
    UserError e = assertThrows(UserError.class, () -> read("d.csv", bytes, StandardCharsets.UTF_8));
    assertTrue(e.getMessage().startsWith("d.csv: line 3: "), e.getMessage());
    assertTrue(e.getMessage().contains("--encoding windows-1252"), e.getMessage());
  }

  @Test
  void a_header_with_an_unknown_column_names_the_file_and_the_columns_position_only() {
    String m = message("kommunekode;sagsnr;cpr\n147;1;2\n");
    assertTrue(m.startsWith("d.csv: line 1: "), m);
    assertTrue(m.contains("does not know: column 2 of 3"), m);
    assertFalse(m.contains("sagsnr"), m);
  }

  @Test
  void a_file_without_a_header_row_is_named_as_such_without_quoting_its_first_line() {
    String first = "147;S-1;010190-1234;Else Testesen;sindslidelse;;2015-03-01;visitation";
    String m = message(first + "\n" + first + "\n");
    assertTrue(m.startsWith("d.csv: line 1 holds values"), m);
    assertTrue(m.contains("seems to lack its header row"), m);
    for (String secret : List.of("010190", "1234", "Else", "Testesen", "S-1")) {
      assertFalse(m.contains(secret), m);
    }
  }

  @Test
  void a_header_cell_holding_a_name_is_counted_not_quoted() {
    String m = message(HEADER + ";Else Testesen\n");
    assertTrue(m.contains("column 10 of 10"), m);
    assertFalse(m.contains("Else"), m);
    String cpr = message(HEADER + ";01.01.90-1234\n");
    assertTrue(cpr.contains("seems to lack its header row"), cpr);
    assertFalse(cpr.replaceAll("\\D", "").contains("1234"), cpr);
  }

  @Test
  void a_header_without_required_columns_lists_them() {
    String m = message("municipality_code;case_id;cpr;target_group\n");
    assertTrue(m.contains("lacks required column(s): registration_date (registreringsdato)"), m);
  }

  @Test
  void a_header_naming_a_column_twice_is_refused() {
    assertTrue(message(HEADER + ";kommunekode\n").contains("names column municipality_code twice"));
  }

  @Test
  void files_that_are_not_csv_are_refused_by_name() {
    assertTrue(message("just some text\n").contains("no ';' or ','"));
    assertTrue(message("").contains("is empty"));
    UserError binary =
        assertThrows(
            UserError.class,
            () -> read("d.csv", new byte[] {1, 0, 2, 0, 3}, StandardCharsets.UTF_8));
    assertTrue(binary.getMessage().contains("not a CSV text file"));
    UserError zip =
        assertThrows(
            UserError.class,
            () -> read("d.csv", new byte[] {'P', 'K', 3, 4, 0}, StandardCharsets.UTF_8));
    assertTrue(zip.getMessage().contains("name it .xlsx"));
  }

  @Test
  void an_unclosed_quote_names_the_line_where_it_opened() {
    assertTrue(
        message(HEADER + "\n147;\"S-1;c\n").contains("line 2: a quoted cell is never closed"));
  }

  @Test
  void a_stray_quote_in_a_column_without_line_breaks_stops_with_the_lines_it_spans() {
    String rows =
        HEADER + "\n147;\"S-1;c;x;d;k;s;2;ja\n147;S-2;c;x;d;k;s;2;ja\n147;S-3\";c;x;d;k;s;2;ja\n";
    String m = message(rows);
    assertEquals(
        "d.csv: lines 2–4: the quoted cell in column 2 (case_id) spans 3 lines; only"
            + " closing_reason, provider_name and concurrent_service may hold a line break. Is a"
            + " '\"' missing or extra on line 2?",
        m);
  }

  @Test
  void a_quoted_free_text_cell_that_swallows_whole_rows_is_refused() {
    String m =
        message(
            HEADER
                + ";closing_reason\n147;S-1;c;x;d;k;s;2;ja;\"flyttet\n"
                + "147;S-2;c;x;d;k;s;2;ja;\n147;S-3;c;x;d;k;s;2;ja;slut\"\n");
    assertTrue(m.startsWith("d.csv: lines 2–4: the quoted closing_reason cell spans 3 lines"), m);
  }

  @Test
  void line_breaks_in_free_text_cells_are_counted_so_that_lines_reconcile() throws IOException {
    byte[] bytes =
        (HEADER
                + ";closing_reason\r\n147;S-1;c;x;d;k;s;2;ja;\"flyttet\r\ntil Ærø\"\r\n\r\n"
                + "147;S-2;c;x;d;k;s;2;ja;\"a\nb\nc\"")
            .getBytes(StandardCharsets.UTF_8);
    try (DeliveryReader r =
        DeliveryReader.open("d.csv", new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
      assertEquals(2, r.next().line());
      assertEquals(5, r.next().line());
      assertFalse(r.hasNext());
      // Physical lines 7 = 1 header + 2 rows + 1 blank + 3 breaks inside quoted cells.
      assertEquals(1, r.blankRows());
      assertEquals(3, r.linesInCells());
    }
  }

  @Test
  void a_quote_never_closed_in_an_endless_file_stops_at_the_cell_limit() {
    InputStream endless =
        new SequenceInputStream(
            new ByteArrayInputStream((HEADER + "\n147;S-1;\"").getBytes(StandardCharsets.UTF_8)),
            endless('x'));
    UserError e =
        assertThrows(
            UserError.class,
            () -> {
              try (DeliveryReader r =
                  DeliveryReader.open("d.csv", endless, StandardCharsets.UTF_8)) {
                r.hasNext();
              }
            });
    assertEquals(
        "d.csv: line 2: a cell is longer than 32 KiB; the quote opened on line 2 is probably never"
            + " closed",
        e.getMessage());
  }

  @Test
  void an_endless_header_line_stops_at_the_header_limit() {
    UserError e =
        assertThrows(
            UserError.class,
            () -> DeliveryReader.open("d.csv", endless(';'), StandardCharsets.UTF_8));
    assertTrue(e.getMessage().startsWith("d.csv: line 1: the header line is longer than 16 KiB"));
  }

  @Test
  void a_row_of_endless_cells_stops_at_the_cell_count_limit() {
    InputStream endless =
        new SequenceInputStream(
            new ByteArrayInputStream((HEADER + "\n").getBytes(StandardCharsets.UTF_8)),
            endless(';'));
    UserError e =
        assertThrows(
            UserError.class,
            () -> {
              try (DeliveryReader r =
                  DeliveryReader.open("d.csv", endless, StandardCharsets.UTF_8)) {
                r.hasNext();
              }
            });
    assertEquals("d.csv: line 2: a row has more than 1024 cells; is it CSV?", e.getMessage());
  }

  /** A stream that never ends: as a multi-GB file looks to a reader with a bounded buffer. */
  private static InputStream endless(char c) {
    return new InputStream() {
      @Override
      public int read() {
        return c;
      }
    };
  }

  @Test
  void xlsx_deliveries_are_read_from_the_first_sheet_with_dates_and_numbers_as_text()
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("Skabelon");
      String[] header = HEADER.split(";");
      Row h = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
      Row r = sheet.createRow(2); // row 2 left blank
      r.createCell(0).setCellValue(147);
      r.createCell(1).setCellValue("S-1");
      r.createCell(2).setCellValue(101901234); // CPR stored as a number: leading zero lost
      r.createCell(3).setCellValue("sindslidelse");
      r.createCell(4).setCellValue(LocalDate.of(2015, 3, 1));
      r.getCell(4).setCellStyle(dateStyle);
      r.createCell(7).setCellValue(3.5);
      r.createCell(8).setCellValue(true);
      wb.write(bytes);
    }
    List<RawRow> rows = read("d.xlsx", bytes.toByteArray(), StandardCharsets.UTF_8);
    assertEquals(1, rows.size());
    RawRow row = rows.get(0);
    assertEquals(3, row.line());
    assertEquals("147", row.cell(DeliveryColumn.MUNICIPALITY_CODE));
    assertEquals("101901234", row.cell(DeliveryColumn.CPR));
    assertEquals("2015-03-01", row.cell(DeliveryColumn.REGISTRATION_DATE));
    assertEquals("3.5", row.cell(DeliveryColumn.VUM_SCORE));
    assertEquals("yes", row.cell(DeliveryColumn.GOALS_SET));
  }
}
