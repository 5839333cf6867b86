package dk.socialbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.socialbench.UserError;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The task that reads one delivery file, run without Spark on a file written here: what each row
 * keeps of its case id and free text.
 */
class ParseDeliveryFileTest {
  private static final String HEADER =
      "municipality_code;case_id;cpr;name;target_group;closing_reason;registration_date;"
          + "registration_kind;service;hours_individual;vum_score;goals_set;goal_type";

  @TempDir Path dir;

  /** The delivery's rows as parsed, the file's marker row left out. */
  private List<Row> parse(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(
        file, HEADER + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    DeliveryPart part = DeliveryPart.whole(new DeliveryFile(file.toUri().toString(), name));
    Iterator<Row> rows =
        new ParseDeliveryFile(PseudonymKey.demo(), "UTF-8", LocalDate.of(2026, 12, 6)).call(part);
    List<Row> out = new ArrayList<>();
    rows.forEachRemaining(
        r -> {
          if (r.getString(0).equals(ParsedRows.KIND_ROW)) {
            out.add(r);
          }
        });
    return out;
  }

  private static Object column(Row row, String column) {
    return row.get(ParsedRows.SCHEMA.fieldIndex(column));
  }

  private static String row(String caseId, String name, String closingReason, String vum) {
    return "147;"
        + caseId
        + ";010190-1234;"
        + name
        + ";mental_illness;"
        + closingReason
        + ";2015-03-01;visitation;SEL85;12;"
        + vum
        + ";yes;improvement";
  }

  /**
   * Expected pseudonyms from python3: {@code hmac.new(demo_key, b"case_id:" + case_id,
   * hashlib.sha256).hexdigest()[:16]}.
   */
  @Test
  void a_case_id_with_a_cpr_number_inside_a_longer_number_is_kept_only_as_a_pseudonym()
      throws IOException {
    List<Row> rows =
        parse(
            "147.csv",
            row("99010190123477", "Else Testesen", "", "2"),
            row("99010190123477", "Else Testesen", "", "9"), // rejected: VUM score 9
            row("+450101901234", "Else Testesen", "", "2"),
            row("12345678901", "Else Testesen", "", "2"), // no day and month in it: kept
            row("S2014-001000", "Else Testesen", "", "2"));
    assertEquals(
        List.of(
            "pseudonym-00d4a088f7f17e1c",
            "pseudonym-00d4a088f7f17e1c",
            "pseudonym-8c9b1a57742ade73",
            "12345678901",
            "S2014-001000"),
        rows.stream().map(r -> column(r, "case_id")).toList());
    assertEquals(
        List.of(true, false, true, true, true),
        rows.stream().map(r -> column(r, "accepted")).toList());
  }

  /**
   * Bytes invalid in UTF-8 in the first row: the run stops before the row is read, and the file's
   * name still loses the name that row holds (read as windows-1252).
   */
  @Test
  void a_file_that_stops_at_its_first_row_is_named_without_the_name_in_that_row()
      throws IOException {
    String name = "Bo Kjærsgaards sag.csv";
    Path file = dir.resolve(name);
    Files.write(
        file,
        (HEADER + "\n" + row("S-1", "Bo Kjærsgaard", "", "2") + "\n")
            .getBytes(Charset.forName("windows-1252")));
    DeliveryPart part = DeliveryPart.whole(new DeliveryFile(file.toUri().toString(), name));
    ParseDeliveryFile task =
        new ParseDeliveryFile(PseudonymKey.demo(), "UTF-8", LocalDate.of(2026, 12, 6));
    UserError e = assertThrows(UserError.class, () -> task.call(part).forEachRemaining(r -> {}));
    assertEquals(
        "[fjernet] [fjernet] sag.csv: line 2: bytes that are not valid UTF-8",
        e.getMessage().replaceAll(";.*", ""));
  }

  @Test
  void free_text_loses_a_longer_number_with_a_cpr_number_in_it() throws IOException {
    List<Row> rows =
        parse(
            "147.csv",
            row("S-1", "Else Testesen", "ring 99010190123477 eller +450101901234", "2"),
            row("S-2", "Else Testesen", "EAN 5790000123456", "2"));
    assertEquals(
        List.of("ring [fjernet] eller +[fjernet]", "EAN 5790000123456"),
        rows.stream().map(r -> column(r, "closing_reason")).toList());
  }
}
