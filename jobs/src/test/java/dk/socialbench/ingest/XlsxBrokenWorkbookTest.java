package dk.socialbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.UserError;
import dk.socialbench.contract.DeliveryColumn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Broken workbooks that POI reads past (an empty cell in place of a text it cannot find) or that
 * would fill the memory: each refuses the file with one message naming file and what is broken,
 * never a value (red team, issue 12, fourteenth session: {@code R_xlsx_sst} was read and
 * published).
 */
class XlsxBrokenWorkbookTest {
  /** A made-up CPR number's digits, planted where POI expects an index. */
  private static final String PLANTED = "150372";

  /** The reference of the hours cell of the workbook's one row (the 17th column, by hand: Q). */
  private static final String HOURS =
      CellReference.convertNumToColString(DeliveryColumn.HOURS_INDIVIDUAL.ordinal()) + "2";

  /** The hours cell as POI writes it, whatever its attributes and value. */
  private static final String HOURS_CELL = "<c r=\"" + HOURS + "\"[^>]*><v>[^<]*</v></c>";

  private static final String CELL_PREFIX =
      "d.xlsx: line 2, column 17 (hours_individual): the cell ";

  @Test
  void the_hours_cell_is_q2_as_worked_out_by_hand() {
    assertEquals("Q2", HOURS);
  }

  @Test
  void a_shared_text_index_past_the_table_refuses_the_file() throws IOException {
    String message = refusal(sheetReplaced(HOURS_CELL, hours("t=\"s\"", PLANTED)));
    assertTrue(
        message.startsWith(CELL_PREFIX + "points at a shared text the workbook does not have"),
        message);
    assertFalse(message.contains(PLANTED), message);
  }

  @Test
  void a_negative_or_non_numeric_shared_text_index_refuses_the_file() throws IOException {
    for (String index : List.of("-1", PLANTED + "-1234", "")) {
      String message = refusal(sheetReplaced(HOURS_CELL, hours("t=\"s\"", index)));
      assertTrue(
          message.startsWith(CELL_PREFIX + "points at a shared text the workbook does not have"),
          index + ": " + message);
      assertFalse(message.contains(PLANTED), message);
    }
  }

  @Test
  void a_missing_shared_strings_table_refuses_the_file() throws IOException {
    // The header's texts are shared strings (POI writes them so): the first header cell fails.
    String message =
        refusal(rewritten(workbook(), name -> name.equals("xl/sharedStrings.xml"), null));
    assertTrue(
        message.startsWith(
            "d.xlsx: line 1, column 1: the cell points at a shared text the workbook does not"
                + " have"),
        message);
  }

  @Test
  void a_style_index_past_the_styles_refuses_the_file() throws IOException {
    String message = refusal(sheetReplaced(HOURS_CELL, hours("s=\"99\" t=\"n\"", "12")));
    assertTrue(
        message.startsWith(
            "d.xlsx: line 2, column 17 (hours_individual): the cell's format points at a style"
                + " the workbook does not have"),
        message);
  }

  @Test
  void a_true_false_cell_holding_something_else_refuses_the_file() throws IOException {
    String message = refusal(sheetReplaced(HOURS_CELL, hours("t=\"b\"", PLANTED)));
    assertTrue(message.startsWith(CELL_PREFIX + "is marked true/false"), message);
    assertFalse(message.contains(PLANTED), message);
  }

  @Test
  void a_missing_sheet_or_workbook_part_refuses_the_file() throws IOException {
    // POI leaves out a sheet whose part is missing.
    assertEquals(
        "d.xlsx: the workbook has no sheets",
        refusal(rewritten(workbook(), "xl/worksheets/sheet1.xml"::equals, null)));
    for (String part : List.of("xl/workbook.xml", "[Content_Types].xml")) {
      String message = refusal(rewritten(workbook(), part::equals, null));
      assertTrue(
          message.startsWith("d.xlsx: cannot be read as an Excel workbook ("),
          part + ": " + message);
    }
  }

  @Test
  void a_zip_that_ends_midway_refuses_the_file() throws IOException {
    byte[] whole = workbook();
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
    String message = refusal(cut);
    assertTrue(message.startsWith("d.xlsx: cannot be read as an Excel workbook ("), message);
  }

  /** A zip bomb: 64 MiB of one byte, deflated to a few KiB (POI's own ratio check sees it too). */
  @Test
  void a_zip_bomb_refuses_the_file() throws IOException {
    byte[] bomb = rewritten(workbook(), name -> false, new byte[64 << 20]);
    assertTrue(bomb.length < 1 << 20, "the bomb is small packed: " + bomb.length);
    String message = refusal(bomb, 32L << 20);
    assertEquals(
        "d.xlsx: the workbook unpacks to more than 32 MiB; deliver it as CSV (a workbook this"
            + " large does not fit in memory)",
        message);
  }

  /**
   * A workbook larger than the limit unpacked, but not a bomb (it packs to a fifth: POI's ratio
   * check lets it through), is refused by size; the real limit is 256 MiB.
   */
  @Test
  void a_workbook_unpacking_past_the_limit_refuses_the_file() throws IOException {
    byte[] text = new byte[3 << 20];
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < text.length; i++) {
      text[i] = (byte) ('a' + random.nextInt(26));
    }
    byte[] large = rewritten(workbook(), name -> false, text);
    assertTrue(large.length > text.length / 2, "packs to about 60 %: " + large.length);
    String message = refusal(large, 2L << 20);
    assertTrue(message.startsWith("d.xlsx: the workbook unpacks to more than 2 MiB"), message);
    assertEquals(256L << 20, XlsxDeliveryReader.MAX_UNPACKED);
    assertEquals("no error", refusal(workbook(), 2L << 20));
  }

  /** The check reads what Excel writes (the bundled sample's workbook, saved by Excel). */
  @Test
  void the_samples_workbook_is_read() throws IOException {
    byte[] sample =
        java.nio.file.Files.readAllBytes(
            java.nio.file.Path.of("..", "data-samples", "sep", "183_ishoej.xlsx"));
    assertEquals("no error", refusal(sample));
  }

  private static String refusal(byte[] xlsx) {
    return refusal(xlsx, XlsxDeliveryReader.MAX_UNPACKED);
  }

  /** The message of the error reading {@code xlsx}, its class named when not a UserError. */
  private static String refusal(byte[] xlsx, long maxUnpacked) {
    try (XlsxDeliveryReader r =
        new XlsxDeliveryReader("d.xlsx", new ByteArrayInputStream(xlsx), maxUnpacked)) {
      r.forEachRemaining(row -> {});
    } catch (UserError e) {
      return e.getMessage();
    } catch (Exception e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
    return "no error";
  }

  /** The hours cell with these attributes and this value, as the sheet's XML writes it. */
  private static String hours(String attributes, String value) {
    return "<c r=\"" + HOURS + "\" " + attributes + "><v>" + value + "</v></c>";
  }

  private static byte[] sheetReplaced(String cellPattern, String cell) throws IOException {
    return rewritten(
        workbook(),
        name -> false,
        null,
        xml -> {
          String out = xml.replaceFirst(cellPattern, cell);
          assertFalse(out.equals(xml), "the hours cell as POI writes it");
          return out;
        });
  }

  private static byte[] rewritten(
      byte[] xlsx, java.util.function.Predicate<String> dropped, byte[] extraPart)
      throws IOException {
    return rewritten(xlsx, dropped, extraPart, UnaryOperator.identity());
  }

  /**
   * {@code xlsx} with the parts {@code dropped} left out, the sheet's XML rewritten, and an extra
   * part (not referenced) holding {@code extraPart}.
   */
  private static byte[] rewritten(
      byte[] xlsx,
      java.util.function.Predicate<String> dropped,
      byte[] extraPart,
      UnaryOperator<String> sheet)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (dropped.test(e.getName())) {
          continue;
        }
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          bytes =
              sheet
                  .apply(new String(bytes, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(bytes);
        zip.closeEntry();
      }
      if (extraPart != null) {
        zip.putNextEntry(new ZipEntry("xl/media/padding.bin"));
        zip.write(extraPart);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** A workbook of the header and one row, as POI writes it (texts as shared strings). */
  private static byte[] workbook() throws IOException {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("Skabelon");
      Row h = sheet.createRow(0);
      List<String> header = DeliveryColumn.header();
      for (int i = 0; i < header.size(); i++) {
        h.createCell(i).setCellValue(header.get(i));
      }
      Row r = sheet.createRow(1);
      r.createCell(DeliveryColumn.MUNICIPALITY_CODE.ordinal()).setCellValue("147");
      r.createCell(DeliveryColumn.HOURS_INDIVIDUAL.ordinal()).setCellValue(12);
      wb.write(plain);
    }
    return plain.toByteArray();
  }
}
