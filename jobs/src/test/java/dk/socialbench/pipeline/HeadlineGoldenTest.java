package dk.socialbench.pipeline;

import dk.socialbench.SparkTest;
import dk.socialbench.contract.RunLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.Assert;
import org.junit.Test;

/**
 * The three headline datasets (fixed schemas that notebooks and outside tools read) on the bundled
 * samples, compared with checked-in files. After an intended change, regenerate them with {@code
 * mvn -pl jobs test -Dtest=HeadlineGoldenTest -Dgolden.update=true} and review the diff. These
 * files only detect change; {@link HeadlineDuckDbTest} checks the same datasets against an
 * independent computation.
 */
public class HeadlineGoldenTest extends SparkTest {
  private static final long serialVersionUID = 1L;
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @Test
  public void vum_development_matches_its_golden_file() throws IOException {
    check("vum_development");
  }

  @Test
  public void goal_fulfilment_matches_its_golden_file() throws IOException {
    check("goal_fulfilment");
  }

  @Test
  public void price_by_vum_matches_its_golden_file() throws IOException {
    check("price_by_vum");
  }

  private void check(String dataset) throws IOException {
    SampleRun run = SampleRun.get(spark());
    RunLayout layout = new RunLayout(run.work());
    Dataset<Row> d =
        spark().read().parquet(layout.restricted(run.manifest().runId(), dataset).toString());
    List<String> lines = new ArrayList<>();
    lines.add(GoldenText.header(d.columns()));
    for (Row r : d.orderBy(d.columns()[0], tail(d.columns())).collectAsList()) {
      lines.add(GoldenText.line(r));
    }
    Path file = GOLDEN.resolve(dataset + ".csv");
    if (Boolean.getBoolean("golden.update")) {
      Files.write(file, lines, StandardCharsets.UTF_8);
    }
    Assert.assertEquals(
        "differs from " + file + " (regenerate with -Dgolden.update=true if intended)",
        String.join("\n", Files.readAllLines(file, StandardCharsets.UTF_8)),
        String.join("\n", lines));
  }

  private static String[] tail(String[] columns) {
    return java.util.Arrays.copyOfRange(columns, 1, columns.length);
  }
}
