package dk.socialbench.pipeline;

import dk.socialbench.SparkTest;
import dk.socialbench.contract.RunLayout;
import dk.socialbench.contract.RunManifest;
import java.util.Map;
import java.util.TreeMap;
import org.junit.Assert;
import org.junit.Test;

/**
 * The manifest's row count of a dataset is what was published, so that the server (which loads the
 * published Parquet files and warns when the counts differ) sees the same number, and the manifest
 * does not tell how many restricted rows were left out for being published as 0.
 */
public class ManifestRowCountsTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void each_datasets_row_count_is_the_number_of_published_rows() {
    SampleRun run = SampleRun.get(spark());
    RunManifest manifest = run.manifest();
    RunLayout layout = new RunLayout(run.work());
    Map<String, Long> expected = new TreeMap<>();
    Map<String, Long> inManifest = new TreeMap<>();
    long leftOut = 0;
    for (RunManifest.DatasetSummary d : manifest.datasets()) {
      long published =
          spark().read().parquet(layout.published(manifest.runId(), d.name()).toString()).count();
      long restricted =
          spark().read().parquet(layout.restricted(manifest.runId(), d.name()).toString()).count();
      expected.put(d.name(), published);
      inManifest.put(d.name(), d.rows());
      leftOut += restricted - published;
    }
    Assert.assertEquals(expected, inManifest);
    // The sample run has rows published as 0 and left out: otherwise this test could not fail.
    Assert.assertTrue("no row was left out in the sample run", leftOut > 0);
  }
}
