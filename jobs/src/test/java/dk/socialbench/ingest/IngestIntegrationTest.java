package dk.socialbench.ingest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import dk.socialbench.SparkTest;
import dk.socialbench.UserError;
import dk.socialbench.contract.RunLayout;
import dk.socialbench.contract.RunManifest;
import dk.socialbench.pipeline.PipelineRun;
import dk.socialbench.pipeline.SampleRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.Assert;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Ingest through the whole pipeline on the bundled invalid sample delivery; the tests that only
 * read a run of it read the one {@link SampleRun#invalid} shares.
 */
public class IngestIntegrationTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  @Rule public transient TemporaryFolder temp = new TemporaryFolder();

  private Path invalidSample() {
    return PipelineRun.samples().resolve("invalid");
  }

  @Test
  public void every_row_is_accepted_or_quarantined_and_every_rule_is_shown_once_at_least()
      throws IOException {
    SampleRun run = SampleRun.invalid(spark());
    Path work = run.work();
    RunManifest m = run.manifest();
    assertEquals(32, m.rows().read());
    assertEquals(4, m.rows().accepted());
    assertEquals(28, m.rows().quarantined());
    assertEquals(m.rows().read(), m.rows().accepted() + m.rows().quarantined());
    for (dk.socialbench.ingest.Rule rule : dk.socialbench.ingest.Rule.values()) {
      Assert.assertTrue(
          "the sample shows " + rule.code(), m.quarantinedByRule().containsKey(rule.code()));
    }
    RunLayout layout = new RunLayout(work);
    long curated = CuratedRegistrations.read(spark(), layout.registrations(m.runId())).count();
    long quarantined =
        spark().read().parquet(layout.quarantine(m.runId()).resolve("rows").toString()).count();
    assertEquals(4, curated);
    assertEquals(28, quarantined);
    // The schema the pipeline reads the quarantine with is the one Spark infers from the file.
    Path q = layout.quarantine(m.runId());
    assertEquals(
        spark().read().parquet(q.resolve("rows").toString()).schema(), QuarantinedRows.SCHEMA);
    assertEquals(28, QuarantinedRows.read(spark(), q).count());
    List<String> csv =
        Files.readAllLines(layout.quarantine(m.runId()).resolve("rejected_rows.csv"));
    assertEquals(29, csv.size());
    Assert.assertTrue(csv.get(0).startsWith("\uFEFFfil;linje;"));
  }

  @Test
  public void rerunning_on_the_same_input_gives_the_same_curated_data() throws IOException {
    Path first = SampleRun.invalid(spark()).work();
    Path second = temp.newFolder("second").toPath();
    new PipelineRun().run(spark(), invalidSample(), second);
    assertEquals(curatedRows(first), curatedRows(second));
    assertEquals(4, curatedRows(first).size());
  }

  private List<String> curatedRows(Path work) throws IOException {
    return CuratedRegistrations.read(spark(), registrations(work))
        .orderBy("municipality_code", "case_id", "registration_number")
        .collectAsList()
        .stream()
        .map(Row::toString)
        .toList();
  }

  @Test
  public void the_same_person_gets_the_same_key_and_a_different_key_file_a_different_one()
      throws IOException {
    List<Row> keys =
        CuratedRegistrations.read(spark(), registrations(SampleRun.invalid(spark()).work()))
            .select("case_id", "person_key")
            .distinct()
            .orderBy("case_id")
            .collectAsList();
    assertEquals(2, keys.size());
    assertEquals(32, keys.get(0).getString(1).length());
    assertFalse(keys.get(0).getString(1).equals(keys.get(1).getString(1)));
  }

  @Test
  public void a_malformed_file_stops_the_run_by_name_and_changes_nothing_in_work()
      throws IOException {
    Path input = temp.newFolder("input").toPath();
    Files.copy(
        invalidSample().resolve("101_koebenhavn_with_errors.csv"), input.resolve("good.csv"));
    Path work = temp.newFolder("work-malformed").toPath();
    new PipelineRun().run(spark(), input, work);
    Map<String, Long> before = snapshot(work);
    Files.writeString(input.resolve("broken.csv"), "kommune;sag;cpr\n147;1;2\n");
    UserError e = assertThrows(UserError.class, () -> new PipelineRun().run(spark(), input, work));
    Assert.assertTrue(e.getMessage(), e.getMessage().startsWith("broken.csv: line 1: "));
    assertEquals(before, snapshot(work));
  }

  /** The curated registrations of the run LATEST names. */
  private static Path registrations(Path work) throws IOException {
    RunLayout layout = new RunLayout(work);
    return layout.registrations(Files.readString(layout.latest()).strip());
  }

  /** Every file under {@code dir} with its size and modification time. */
  private static Map<String, Long> snapshot(Path dir) throws IOException {
    Map<String, Long> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p) + "@" + Files.size(p), Files.getLastModifiedTime(p).toMillis());
      }
    }
    Assert.assertTrue(files.keySet().stream().anyMatch(k -> k.startsWith("runs/LATEST@")));
    return files;
  }
}
