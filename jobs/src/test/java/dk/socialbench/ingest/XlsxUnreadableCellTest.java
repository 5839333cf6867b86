package dk.socialbench.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.UserError;
import dk.socialbench.contract.DeliveryColumn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A workbook whose XML holds a CPR number where POI expects a cell reference or a cell type: POI's
 * exception quotes it, and the reader used to print that message (red team, issue 12).
 */
class XlsxUnreadableCellTest {
  /** A made-up CPR number, the one of {@code CprLikeTest}. */
  private static final String CPR = "010190-1234";

  /** The reference of the hours cell of the workbook's one row. */
  private static final String HOURS =
      CellReference.convertNumToColString(DeliveryColumn.HOURS_INDIVIDUAL.ordinal()) + "2";

  @Test
  void a_cpr_number_as_a_cell_reference_is_not_in_the_message() throws IOException {
    byte[] xlsx = workbook("<c r=\"" + HOURS + "\"", "<c r=\"" + CPR + "\"");
    String message = refusal(xlsx);
    assertTrue(message.startsWith("d.xlsx: cannot be read as an Excel workbook"), shown(message));
    assertFalse(digits(message).contains(digits(CPR)), "the message holds the planted number");
  }

  @Test
  void a_cpr_number_as_a_cell_type_is_not_in_the_message() throws IOException {
    byte[] xlsx =
        workbook("<c r=\"" + HOURS + "\" t=\"n\"", "<c r=\"" + HOURS + "\" t=\"" + CPR + "\"");
    String message = refusal(xlsx);
    // hours_individual is the 17th column of the format (DeliveryColumn's order, by hand).
    assertTrue(
        message.startsWith(
                "d.xlsx: line 2, column 17 (hours_individual): the cell cannot be read (")
            && message.endsWith("open it in Excel and save it again as .xlsx)"),
        shown(message));
    assertFalse(message.contains("POI") || message.contains("poi"), shown(message));
    assertFalse(digits(message).contains(digits(CPR)), "the message holds the planted number");
  }

  /**
   * The message of the error reading {@code xlsx} ends with, its class named when it is not a
   * {@link UserError}; never rethrown, so that a failing test prints no planted number.
   */
  private static String refusal(byte[] xlsx) {
    try (DeliveryReader r =
        DeliveryReader.open("d.xlsx", new ByteArrayInputStream(xlsx), StandardCharsets.UTF_8)) {
      r.forEachRemaining(row -> {});
    } catch (UserError e) {
      return e.getMessage();
    } catch (Exception e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
    return "no error";
  }

  /** The message with every digit masked, for an assertion's output. */
  private static String shown(String message) {
    return message.replaceAll("\\d", "#");
  }

  private static String digits(String text) {
    return text.replaceAll("\\D", "");
  }

  /** A workbook of a header and one row, its sheet's XML with {@code from} replaced. */
  private static byte[] workbook(String from, String to) throws IOException {
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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain.toByteArray()));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          assertTrue(xml.contains(from), "the sheet as POI writes it");
          bytes = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
