package dk.socialbench.pipeline;

import dk.socialbench.SparkTest;
import dk.socialbench.contract.DeliveryColumn;
import dk.socialbench.ingest.TestDeliveries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.Assert;
import org.junit.Test;

/**
 * No CPR number or name leaves ingest: runs the whole pipeline on every bundled sample delivery and
 * scans everything it writes (Parquet read back value by value, every other file as text) and
 * everything it prints. {@link PrivacyAttackTest} does the same for a delivery built to leak.
 */
public class PrivacyTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void no_cpr_number_or_name_appears_in_anything_a_run_writes_or_prints()
      throws IOException {
    Secrets secrets = new Secrets();
    for (List<String> row : TestDeliveries.rows(PipelineRun.samples())) {
      String cpr = row.get(DeliveryColumn.CPR.ordinal());
      if (cpr != null && cpr.replace("-", "").matches("\\d{10}")) {
        secrets.cpr(cpr);
      }
      String name = row.get(DeliveryColumn.NAME.ordinal());
      if (name != null && !name.isBlank()) {
        secrets.wholeName(name.strip());
      }
    }
    Assert.assertTrue(
        "the samples hold CPR numbers: " + secrets.cprCount(), secrets.cprCount() > 50);
    Assert.assertTrue("and names: " + secrets.nameCount(), secrets.nameCount() > 50);

    SampleRun run = SampleRun.get(spark());
    List<String> leaks = new ArrayList<>();
    secrets.scan("console", run.console(), leaks);
    int files = scanWork(spark(), run.work(), secrets, leaks);
    Assert.assertTrue("the run wrote files: " + files, files > 5);
    Assert.assertEquals("leaks: " + leaks, List.of(), leaks);
  }

  /** Scans every file under {@code work}: Parquet value by value, the rest as text. */
  static int scanWork(SparkSession spark, Path work, Secrets secrets, List<String> leaks)
      throws IOException {
    int files = 0;
    try (Stream<Path> walk = Files.walk(work)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".crc")) {
          continue;
        }
        files++;
        String where = work.relativize(p).toString();
        if (name.endsWith(".parquet")) {
          for (String value : parquetValues(spark, p)) {
            secrets.scan(where, value, leaks);
          }
        } else {
          secrets.scan(where, new String(Files.readAllBytes(p), StandardCharsets.UTF_8), leaks);
        }
      }
    }
    return files;
  }

  /** Every value of a Parquet file as text, arrays and structs taken apart. */
  private static List<String> parquetValues(SparkSession spark, Path file) {
    Dataset<Row> rows = spark.read().parquet(file.toString());
    List<String> values = new ArrayList<>();
    for (Row r : rows.collectAsList()) {
      collect(r, values);
    }
    return values;
  }

  private static void collect(Object value, List<String> values) {
    if (value instanceof Row row) {
      for (int i = 0; i < row.size(); i++) {
        collect(row.get(i), values);
      }
    } else if (value instanceof scala.collection.Seq<?> seq) {
      scala.collection.Iterator<?> it = seq.iterator();
      while (it.hasNext()) {
        collect(it.next(), values);
      }
    } else if (value != null) {
      values.add(value.toString());
    }
  }
}
