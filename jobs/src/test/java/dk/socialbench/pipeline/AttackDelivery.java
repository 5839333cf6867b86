package dk.socialbench.pipeline;

import static dk.socialbench.contract.DeliveryColumn.CASE_CLOSED;
import static dk.socialbench.contract.DeliveryColumn.CASE_ID;
import static dk.socialbench.contract.DeliveryColumn.CLOSED_DATE;
import static dk.socialbench.contract.DeliveryColumn.CLOSING_REASON;
import static dk.socialbench.contract.DeliveryColumn.CONCURRENT_SERVICE;
import static dk.socialbench.contract.DeliveryColumn.CPR;
import static dk.socialbench.contract.DeliveryColumn.DAILY_PRICE;
import static dk.socialbench.contract.DeliveryColumn.EMPLOYMENT_MEASURE;
import static dk.socialbench.contract.DeliveryColumn.EXPECTED_GOAL_DATE;
import static dk.socialbench.contract.DeliveryColumn.FUNDING_BASIS;
import static dk.socialbench.contract.DeliveryColumn.GOAL_TYPE;
import static dk.socialbench.contract.DeliveryColumn.HOURS_GROUP;
import static dk.socialbench.contract.DeliveryColumn.HOURS_INDIVIDUAL;
import static dk.socialbench.contract.DeliveryColumn.INITIATOR;
import static dk.socialbench.contract.DeliveryColumn.MONTHS_SINCE_PREVIOUS;
import static dk.socialbench.contract.DeliveryColumn.MUNICIPALITY_CODE;
import static dk.socialbench.contract.DeliveryColumn.NAME;
import static dk.socialbench.contract.DeliveryColumn.PROVIDER_NAME;
import static dk.socialbench.contract.DeliveryColumn.PROVIDER_TYPE;
import static dk.socialbench.contract.DeliveryColumn.REGISTRATION_DATE;
import static dk.socialbench.contract.DeliveryColumn.REGISTRATION_KIND;
import static dk.socialbench.contract.DeliveryColumn.SERVICE;
import static dk.socialbench.contract.DeliveryColumn.TARGET_GROUP;
import static dk.socialbench.contract.DeliveryColumn.VUM_SCORE;

import dk.socialbench.contract.DeliveryColumn;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A delivery built to leak: five citizens whose CPR numbers (in every spelling a caseworker or a
 * spreadsheet uses) and names (inflected, two-letter parts included) are planted in every kind of
 * column, in the file names, and, in the deliveries that must be refused, in header cells and lines
 * a stray quote swallows. All numbers and names are made up.
 */
public final class AttackDelivery {
  public static final String[][] CITIZENS = {
    {"Bo Ærbø Kjærsgaard", "150372-1234"},
    {"Ib Qvistgaard", "230787-3917"},
    {"Xenia Ulfkjær-Wibroe", "040555-2846"},
    {"Åse Lykkegaard Ømann", "311263-1428"},
    {"Ea Vindeløv", "070707-4321"}
  };

  /** The CSV file's name, as delivered and as every report must show it. */
  public static final String CSV = "Kjærsgaards sag 150372-1234.csv";

  public static final String CSV_SHOWN = "[fjernet] sag [fjernet].csv";
  public static final String XLSX = "Ea_Vindeløvs_fil.xlsx";
  public static final String XLSX_SHOWN = "[fjernet]_[fjernet]_fil.xlsx";

  /** Rows: 22 in the CSV file, 3 in the workbook; 6 accepted, 19 quarantined (see each row). */
  public static final int READ = 25;

  public static final int ACCEPTED = 6;

  private AttackDelivery() {}

  public static Secrets secrets() {
    Secrets secrets = new Secrets();
    for (String[] c : CITIZENS) {
      secrets.name(c[0]);
      secrets.cpr(c[1]);
    }
    return secrets;
  }

  /** A valid first registration of citizen {@code c} in case {@code caseId}. */
  private static Map<DeliveryColumn, String> row(int c, String caseId) {
    Map<DeliveryColumn, String> r = new EnumMap<>(DeliveryColumn.class);
    r.put(MUNICIPALITY_CODE, "147");
    r.put(CASE_ID, caseId);
    r.put(CPR, CITIZENS[c][1]);
    r.put(NAME, CITIZENS[c][0]);
    r.put(TARGET_GROUP, "mental_illness");
    r.put(REGISTRATION_DATE, "2015-03-01");
    r.put(REGISTRATION_KIND, "visitation");
    r.put(SERVICE, "SEL85");
    r.put(HOURS_INDIVIDUAL, "12");
    r.put(VUM_SCORE, "2");
    r.put(DeliveryColumn.GOALS_SET, "yes");
    r.put(GOAL_TYPE, "improvement");
    return r;
  }

  private static Map<DeliveryColumn, String> with(
      Map<DeliveryColumn, String> row, DeliveryColumn column, String value) {
    row.put(column, value);
    return row;
  }

  /** The rows of the CSV file, each commented with what ingest must do with it. */
  static List<Map<DeliveryColumn, String>> csvRows() {
    List<Map<DeliveryColumn, String>> rows = new ArrayList<>();
    // Accepted; free text scrubbed of the name (possessive, upper case, -es, two letters) and of
    // every spelling of the CPR number.
    Map<DeliveryColumn, String> a1 = row(0, "S-101");
    a1.put(CASE_CLOSED, "yes");
    a1.put(CLOSED_DATE, "2016-01-01");
    a1.put(CLOSING_REASON, "Bo Ærbø Kjærsgaard's sag lukket; cpr 15.03.72-1234");
    a1.put(PROVIDER_NAME, "Bos støtte, tlf. 15 03 72 12 34");
    a1.put(CONCURRENT_SERVICE, "KJÆRSGAARDS bolig 150372\u20131234");
    rows.add(a1);
    Map<DeliveryColumn, String> a2 = row(0, "S-102");
    a2.put(PROVIDER_NAME, "150372 - 1234 Ærbøs");
    a2.put(
        CONCURRENT_SERVICE,
        "\uFF42\uFF4F \uFF11\uFF15\uFF10\uFF13\uFF17\uFF12\uFF0D\uFF11\uFF12\uFF13\uFF14");
    rows.add(a2);
    Map<DeliveryColumn, String> a3 = row(0, "S-103");
    a3.put(PROVIDER_NAME, "150372\u00A01234 og 150372/1234");
    a3.put(CONCURRENT_SERVICE, "1503721234 Kjærsgaardes");
    rows.add(a3);
    rows.add(with(row(0, "S-104"), GOAL_TYPE, "Bo's mål")); // invalid_value
    Map<DeliveryColumn, String> a5 = row(0, "S-105");
    a5.put(CLOSING_REASON, "Flyttet;\nKjærsgaard har ny adresse"); // accepted: two lines
    rows.add(a5);
    rows.add(
        with(row(1, "S-201"), CONCURRENT_SERVICE, "Ibs dagtilbud, Qvistgaard's 230787\u20133917"));
    Map<DeliveryColumn, String> b2 = row(1, "S-202");
    b2.put(CASE_CLOSED, "yes");
    b2.put(CLOSED_DATE, "Qvistgaard 23/7"); // invalid_date
    rows.add(b2);
    rows.add(with(row(1, "S-203"), PROVIDER_TYPE, "=HYPERLINK(\"http://x\";\"Ib\")")); // invalid
    rows.add(with(row(1, "S-204"), FUNDING_BASIS, "=HYPERLINK(\"http://x/?230787-3917\")"));
    rows.add(with(row(2, "S-301"), TARGET_GROUP, "Xenias gruppe")); // invalid_value
    rows.add(with(row(2, "S-302"), VUM_SCORE, "04.05.55-2846")); // value_looks_like_cpr
    Map<DeliveryColumn, String> c3 = row(2, "S-303");
    c3.put(SERVICE, "SEL107");
    c3.remove(HOURS_INDIVIDUAL);
    c3.put(DAILY_PRICE, "0405552846"); // value_looks_like_cpr
    rows.add(c3);
    rows.add(with(row(2, "S-304"), HOURS_GROUP, "Ulfkjær-Wibroe")); // invalid_number
    rows.add(with(row(3, "S-401"), REGISTRATION_DATE, "31 12 63 14 28")); // value_looks_like_cpr
    rows.add(row(3, "Lykkegaard-1")); // case_id_contains_name
    rows.add(row(3, "311263/1428")); // case_id_looks_like_cpr
    rows.add(with(row(3, "S-402"), EXPECTED_GOAL_DATE, "Ømanns dag")); // invalid_date
    rows.add(with(row(4, "S-501"), MUNICIPALITY_CODE, "Ea Vindeløvs")); // unknown_municipality
    rows.add(with(row(4, "S-502"), MUNICIPALITY_CODE, "\uFF10\uFF17\uFF10\uFF17\uFF10\uFF17-4321"));
    Map<DeliveryColumn, String> e3 = row(4, "S-503");
    e3.put(CPR, "Ea Vindeløv"); // invalid_cpr: a name in the cpr column
    e3.put(NAME, "070707 4321");
    rows.add(e3);
    Map<DeliveryColumn, String> e4 = row(4, "S-504");
    e4.put(REGISTRATION_KIND, "follow_up");
    e4.put(MONTHS_SINCE_PREVIOUS, "070707-4321"); // value_looks_like_cpr
    rows.add(e4);
    Map<DeliveryColumn, String> e5 = row(4, "S-505");
    e5.put(INITIATOR, "Vindeløv"); // invalid_value
    e5.put(EMPLOYMENT_MEASURE, "Ea"); // invalid_value
    rows.add(e5);
    return rows;
  }

  /** Writes the CSV file and the workbook under {@code dir}. */
  public static void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(CSV), csv(csvRows()), StandardCharsets.UTF_8);
    writeWorkbook(dir.resolve(XLSX));
  }

  /** The delivery's CSV with {@code ;} and LF, quoted by Commons CSV where a cell needs it. */
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\n").get();

  static String csv(List<Map<DeliveryColumn, String>> rows) throws IOException {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      printer.printRecord(DeliveryColumn.header());
      for (Map<DeliveryColumn, String> r : rows) {
        List<String> cells = new ArrayList<>();
        for (DeliveryColumn c : DeliveryColumn.values()) {
          // Null, not "": an empty first cell would be written as "".
          String cell = r.get(c);
          cells.add(cell == null || cell.isEmpty() ? null : cell);
        }
        printer.printRecord(cells);
      }
    }
    return out.toString();
  }

  private static String quoted(String cell) {
    return cell.isEmpty() ? cell : FORMAT.format(cell);
  }

  /**
   * Ea Vindeløv's rows as a spreadsheet: one accepted, a CPR number as a number, a name as date.
   */
  private static void writeWorkbook(Path file) throws IOException {
    List<Map<DeliveryColumn, String>> rows = new ArrayList<>();
    rows.add(with(row(4, "X-1"), CLOSING_REASON, "Vindeløv flyttet"));
    Map<DeliveryColumn, String> x2 = row(4, "X-2");
    x2.put(SERVICE, "SEL107");
    x2.remove(HOURS_INDIVIDUAL);
    rows.add(x2);
    rows.add(with(row(4, "X-3"), REGISTRATION_DATE, "Ea's dato"));
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      XSSFSheet sheet = wb.createSheet("Skabelon");
      List<String> header = DeliveryColumn.header();
      Row h = sheet.createRow(0);
      for (int i = 0; i < header.size(); i++) {
        h.createCell(i).setCellValue(header.get(i));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (DeliveryColumn c : DeliveryColumn.values()) {
          String v = rows.get(r).get(c);
          if (v != null) {
            row.createCell(c.ordinal()).setCellValue(v);
          }
        }
      }
      // The CPR number typed into the price, stored as a number: its leading zero is lost.
      sheet.getRow(2).createCell(DAILY_PRICE.ordinal()).setCellValue(707074321d);
      wb.write(out);
    }
  }

  /** Lines of a CSV file with the delivery's header. */
  static String withHeader(String... lines) {
    return String.join(";", DeliveryColumn.header())
        + "\n"
        + List.of(lines).stream().map(l -> l + "\n").collect(Collectors.joining());
  }

  /** Citizen {@code c}'s valid row as a CSV line, with {@code column} replaced by raw text. */
  static String line(int c, String caseId, DeliveryColumn column, String rawCell) {
    Map<DeliveryColumn, String> r = row(c, caseId);
    List<String> cells = new ArrayList<>();
    for (DeliveryColumn d : DeliveryColumn.values()) {
      cells.add(d == column ? rawCell : quoted(r.getOrDefault(d, "")));
    }
    return String.join(";", cells);
  }
}
