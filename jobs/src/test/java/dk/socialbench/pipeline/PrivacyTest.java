package dk.socialbench.pipeline;

import dk.socialbench.SparkTest;
import dk.socialbench.contract.DeliveryColumn;
import dk.socialbench.ingest.TestDeliveries;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
    int files = WorkScan.scan(spark(), run.work(), secrets, leaks);
    Assert.assertTrue("the run wrote files: " + files, files > 5);
    Assert.assertEquals("leaks: " + leaks, List.of(), leaks);
  }
}
