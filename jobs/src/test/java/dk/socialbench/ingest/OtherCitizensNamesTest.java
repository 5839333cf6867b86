package dk.socialbench.ingest;

import static org.junit.Assert.assertEquals;

import dk.socialbench.SparkTest;
import dk.socialbench.contract.RunManifest;
import dk.socialbench.spark.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Through ingest: a citizen's name typed in another citizen's row, in another file of the delivery,
 * is removed from the curated free text and from the quarantine's values.
 */
public class OtherCitizensNamesTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  @Rule public transient TemporaryFolder temp = new TemporaryFolder();

  private static final String HEADER =
      "municipality_code;case_id;cpr;name;target_group;closing_reason;registration_date;"
          + "registration_kind;service;hours_individual;vum_score;goals_set;goal_type\n";

  @Test
  public void another_citizens_name_in_a_row_is_removed_from_curated_and_quarantine()
      throws IOException {
    Path input = temp.newFolder("input").toPath();
    Files.writeString(
        input.resolve("147_a.csv"),
        HEADER
            + "147;A-1;010190-1234;Sigrid Nørgaard;mental_illness;;"
            + "2015-03-01;visitation;SEL85;12;2;yes;improvement\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        input.resolve("147_b.csv"),
        HEADER
            + "147;B-1;020285-4321;Ib Lund;mental_illness;flyttet til Sigrid Nørgaards bolig;"
            + "2015-03-01;visitation;SEL85;12;2;yes;improvement\n"
            + "147;B-2;020285-4321;Ib Lund;hos Noergaard Sigrid;;"
            + "2015-03-01;visitation;SEL85;12;2;yes;improvement\n"
            + "147;B-3;020285-4321;Ib Lund;mental_illness;Ib Lund ringede 010190-1234;"
            + "2015-03-01;visitation;SEL85;12;2;yes;improvement\n",
        StandardCharsets.UTF_8);
    Path out = temp.newFolder("out").toPath();
    IngestResult result =
        new Ingest(
                spark(),
                PseudonymKey.demo(),
                StandardCharsets.UTF_8,
                LocalDate.of(2026, 12, 6),
                Progress.SILENT)
            .run(
                DeliveryFiles.under(input),
                out.resolve("registrations"),
                out.resolve("quarantine"));
    List<Row> curated =
        CuratedRegistrations.read(spark(), out.resolve("registrations"))
            .select("case_id", "closing_reason")
            .orderBy("case_id")
            .collectAsList();
    assertEquals(
        "[[A-1,null], [B-1,flyttet til [fjernet] bolig],"
            + " [B-3,[fjernet] [fjernet] ringede [fjernet]]]",
        curated.toString());
    // The manifest's count of cleaned cells, by kind, of accepted rows only (B-2 is rejected).
    assertEquals(
        List.of(new RunManifest.CellsCleaned(0, 0, 0), new RunManifest.CellsCleaned(1, 1, 1)),
        result.files().stream().map(RunManifest.InputFile::cleaned).toList());
    assertEquals(3, result.cleanedCells());
    List<Row> quarantined =
        spark()
            .read()
            .parquet(out.resolve("quarantine").resolve(IngestOutput.ROWS).toString())
            .select("case_id", "column", "value")
            .collectAsList();
    assertEquals("[[B-2,target_group,hos [fjernet]]]", quarantined.toString());
  }

  /**
   * Another citizen's name in a case id: the case id is kept as a keyed pseudonym, as one holding a
   * CPR number inside a longer number is, in the curated data and the quarantine alike. Expected
   * pseudonyms from python3: {@code hmac.new(demo_key, ("case_id:" + case_id).encode(),
   * sha256).hexdigest()[:16]}.
   */
  @Test
  public void another_citizens_name_in_a_case_id_is_pseudonymised() throws IOException {
    Path input = temp.newFolder("input").toPath();
    Files.writeString(
        input.resolve("147_a.csv"),
        HEADER
            + "147;A-1;010190-1234;Sigrid Nørgaard;mental_illness;;"
            + "2015-03-01;visitation;SEL85;12;2;yes;improvement\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        input.resolve("147_b.csv"),
        HEADER
            + "147;S-NørgaardSigrid-3;020285-4321;Ib Lund;mental_illness;;"
            + "2015-03-01;visitation;SEL85;12;2;yes;improvement\n"
            + "147;Sigrid Nørgaard 2015;020285-4321;Ib Lund;no_such_group;;"
            + "2015-03-01;visitation;SEL85;12;2;yes;improvement\n"
            + "147;Sigrid 2015;020285-4321;Ib Lund;mental_illness;;"
            + "2015-03-01;visitation;SEL85;12;2;yes;improvement\n",
        StandardCharsets.UTF_8);
    Path out = temp.newFolder("out").toPath();
    new Ingest(
            spark(),
            PseudonymKey.demo(),
            StandardCharsets.UTF_8,
            LocalDate.of(2026, 12, 6),
            Progress.SILENT)
        .run(DeliveryFiles.under(input), out.resolve("registrations"), out.resolve("quarantine"));
    List<Row> curated =
        CuratedRegistrations.read(spark(), out.resolve("registrations"))
            .select("case_id")
            .orderBy("case_id")
            .collectAsList();
    assertEquals("[[A-1], [Sigrid 2015], [pseudonym-64043e2e2ce76b54]]", curated.toString());
    List<Row> quarantined =
        spark()
            .read()
            .parquet(out.resolve("quarantine").resolve(IngestOutput.ROWS).toString())
            .select("case_id", "column")
            .collectAsList();
    assertEquals("[[pseudonym-f15d3d770677fe50,target_group]]", quarantined.toString());
  }
}
