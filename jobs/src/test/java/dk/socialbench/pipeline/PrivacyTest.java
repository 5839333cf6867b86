package dk.socialbench.pipeline;

import dk.socialbench.SparkTest;
import dk.socialbench.contract.DeliveryColumn;
import dk.socialbench.ingest.TestDeliveries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.Assert;
import org.junit.Test;

/**
 * No CPR number or name leaves ingest: runs the whole pipeline on every bundled sample delivery and
 * scans everything it writes (Parquet read back value by value, every other file as text) and
 * everything it prints.
 */
public class PrivacyTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void no_cpr_number_or_name_appears_in_anything_a_run_writes_or_prints()
      throws IOException {
    Set<String> secrets = new HashSet<>();
    for (List<String> row : TestDeliveries.rows(PipelineRun.samples())) {
      String cpr = row.get(DeliveryColumn.CPR.ordinal());
      if (cpr != null && cpr.replace("-", "").matches("\\d{10}")) {
        String digits = cpr.replace("-", "");
        secrets.add(digits);
        secrets.add(digits.substring(0, 6) + "-" + digits.substring(6));
      }
      String name = row.get(DeliveryColumn.NAME.ordinal());
      if (name != null && !name.isBlank()) {
        secrets.add(name.strip());
      }
    }
    Assert.assertTrue(
        "the samples hold CPR numbers and names: " + secrets.size(), secrets.size() > 50);

    SampleRun run = SampleRun.get(spark());
    Path work = run.work();

    List<String> leaks = new ArrayList<>();
    scan("console", run.console(), secrets, leaks);
    int files = 0;
    try (Stream<Path> walk = Files.walk(work)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".crc")) {
          continue;
        }
        files++;
        String text =
            name.endsWith(".parquet")
                ? parquetText(p)
                : new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        scan(work.relativize(p).toString(), text, secrets, leaks);
      }
    }
    Assert.assertTrue("the run wrote files: " + files, files > 5);
    Assert.assertEquals("leaks: " + leaks, List.of(), leaks);
  }

  private String parquetText(Path file) {
    Dataset<Row> rows = spark().read().parquet(file.toString());
    StringBuilder text = new StringBuilder();
    for (String json : rows.toJSON().collectAsList()) {
      text.append(json).append('\n');
    }
    return text.toString();
  }

  private static void scan(String where, String text, Set<String> secrets, List<String> leaks) {
    for (String secret : secrets) {
      if (text.contains(secret)) {
        // Never print the secret itself: only that it leaked, and where.
        leaks.add(where + " holds a CPR number or name of length " + secret.length());
      }
    }
  }
}
