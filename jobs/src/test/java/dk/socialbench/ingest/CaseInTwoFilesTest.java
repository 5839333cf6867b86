package dk.socialbench.ingest;

import static org.junit.Assert.assertEquals;

import dk.socialbench.SparkTest;
import dk.socialbench.pipeline.PipelineRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A case whose rows are in two files read by two tasks is checked as one case: the tasks cannot
 * check it where they read it ({@link CaseChecks}), so ingest checks the cases again after a
 * shuffle. Frederiksberg's sample (146 rows, cases of one to nine rows) split line by line into two
 * files, every case of two rows or more then in both, against the file read whole by one task.
 */
public class CaseInTwoFilesTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  @Rule public transient TemporaryFolder temp = new TemporaryFolder();

  @Test
  public void a_case_in_two_files_read_by_two_tasks_is_numbered_and_checked_as_one_case()
      throws IOException {
    Path one = temp.newFolder("one").toPath();
    Path two = temp.newFolder("two").toPath();
    Path sample = PipelineRun.samples().resolve("sep/147_frederiksberg.csv");
    Files.copy(sample, one.resolve("147_frederiksberg.csv"));
    List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);
    List<String> odd = new ArrayList<>(List.of(lines.get(0)));
    List<String> even = new ArrayList<>(List.of(lines.get(0)));
    for (int i = 1; i < lines.size(); i++) {
      (i % 2 == 1 ? odd : even).add(lines.get(i));
    }
    Files.write(two.resolve("147_a.csv"), odd, StandardCharsets.UTF_8);
    Files.write(two.resolve("147_b.csv"), even, StandardCharsets.UTF_8);
    long largest =
        Math.max(Files.size(two.resolve("147_a.csv")), Files.size(two.resolve("147_b.csv")));

    Path whole = temp.newFolder("whole").toPath();
    Path split = temp.newFolder("split").toPath();
    // Each file whole (not split in parts), in a task of its own.
    IngestResult read = ingest(DeliveryFiles.under(one), whole, Long.MAX_VALUE);
    IngestResult inTwo = ingest(DeliveryFiles.under(two), split, largest);

    assertEquals(146, read.rowsRead());
    assertEquals(146, inTwo.rowsRead());
    assertEquals(read.accepted(), inTwo.accepted());
    assertEquals(read.cases(), inTwo.cases());
    org.junit.Assert.assertTrue("some case has several rows", read.cases() < read.accepted());
    assertRows(curated(whole), curated(split));
  }

  private IngestResult ingest(DeliveryFiles deliveries, Path out, long partBytes) {
    return SplitFileIngestTest.ingest(spark(), deliveries, out, partBytes);
  }

  /** The curated rows without the file and line they came from. */
  private Dataset<Row> curated(Path out) {
    return CuratedRegistrations.read(spark(), out.resolve("registrations"))
        .drop("source_file", "source_line");
  }
}
