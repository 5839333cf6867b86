package dk.socialbench.ingest;

import static org.junit.Assert.assertEquals;

import dk.socialbench.SparkTest;
import dk.socialbench.pipeline.PipelineRun;
import dk.socialbench.spark.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A file read in parts ({@link CsvParts}) gives what it gives read whole: the same curated rows,
 * the same quarantine (file, line, field, rule, reason) and the same counts per file. With parts of
 * one byte every record is a part of its own, so every quoted cell with a line break (two in
 * Middelfart's sample, four in Brøndby's) lies across a point where a part would have ended.
 */
public class SplitFileIngestTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  @Rule public transient TemporaryFolder temp = new TemporaryFolder();

  @Test
  public void a_file_read_in_parts_gives_the_same_rows_quarantine_and_counts_as_read_whole()
      throws IOException {
    Path input = temp.newFolder("input").toPath();
    Path samples = PipelineRun.samples();
    for (Path f :
        List.of(
            samples.resolve("invalid/101_koebenhavn_with_errors.csv"),
            samples.resolve("sep/153_broendby.csv"),
            samples.resolve("sep/410_middelfart.csv"))) {
      Files.copy(f, input.resolve(f.getFileName()));
    }
    DeliveryFiles deliveries = DeliveryFiles.under(input);
    DeliveryFile middelfart = deliveries.files().get(2);
    try (InputStream in = Files.newInputStream(input.resolve("410_middelfart.csv"))) {
      // 69 lines: the header, 66 rows and two line breaks inside quoted cells.
      assertEquals(66, CsvParts.split(middelfart, in, 1).size());
    }

    Path whole = temp.newFolder("whole").toPath();
    Path parts = temp.newFolder("parts").toPath();
    IngestResult read = ingest(deliveries, whole, Long.MAX_VALUE);
    IngestResult inParts = ingest(deliveries, parts, 1);

    assertEquals(read.files(), inParts.files());
    assertEquals(read.quarantinedByRule(), inParts.quarantinedByRule());
    assertEquals(
        List.of(
            read.rowsRead(), read.accepted(), read.blankRows(), read.cleanedCells(), read.cases()),
        List.of(
            inParts.rowsRead(),
            inParts.accepted(),
            inParts.blankRows(),
            inParts.cleanedCells(),
            inParts.cases()));
    org.junit.Assert.assertTrue("the quarantine is not empty", read.quarantined() > 0);
    assertRows(curated(whole), curated(parts));
    assertRows(quarantine(whole), quarantine(parts));
  }

  private IngestResult ingest(DeliveryFiles deliveries, Path out, long partBytes) {
    return ingest(spark(), deliveries, out, partBytes);
  }

  /** Ingests {@code deliveries} into {@code out}, CSV files larger than {@code partBytes} split. */
  static IngestResult ingest(
      SparkSession spark, DeliveryFiles deliveries, Path out, long partBytes) {
    return new Ingest(
            spark,
            PseudonymKey.demo(),
            StandardCharsets.UTF_8,
            LocalDate.of(2026, 12, 5),
            Progress.SILENT,
            partBytes)
        .run(deliveries, out.resolve("registrations"), out.resolve("quarantine"));
  }

  private Dataset<Row> curated(Path out) {
    return CuratedRegistrations.read(spark(), out.resolve("registrations"));
  }

  private Dataset<Row> quarantine(Path out) {
    return spark()
        .read()
        .parquet(out.resolve("quarantine").resolve(IngestOutput.ROWS).toString())
        .select("source_file", "source_line", "column", "rule", "value", "reason", "error_count");
  }
}
