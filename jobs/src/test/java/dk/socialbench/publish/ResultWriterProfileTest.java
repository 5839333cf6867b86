package dk.socialbench.publish;

import static org.junit.Assert.assertEquals;

import dk.socialbench.SparkTest;
import dk.socialbench.analyses.Analysis;
import dk.socialbench.analyses.AnalysisInputs;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.Assert;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The analyses stage's profile switch: one line per analysis with its cost, and none without. */
public class ResultWriterProfileTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  private static final Pattern LINE =
      Pattern.compile(
          "profile comparison_groups: thread CPU (\\d+) ms; analysis \\d+ ms, optimization \\d+"
              + " ms, planning \\d+ ms; analysed plan (\\d+) chars");

  @Rule public transient TemporaryFolder folder = new TemporaryFolder();

  /** A one-row comparison group in the contract's columns: no inputs needed. */
  private Analysis oneGroup() {
    return new Analysis() {
      @Override
      public ResultDataset dataset() {
        return ResultCatalogue.byName("comparison_groups");
      }

      @Override
      public Dataset<Row> compute(AnalysisInputs inputs) {
        return spark()
            .sql("SELECT '101' AS municipality_code, '147' AS peer_code, 1 AS rank")
            .filter("rank > 0");
      }
    };
  }

  private List<String> lines(boolean profile) throws Exception {
    Path out = folder.newFolder().toPath();
    List<String> lines = new ArrayList<>();
    new ResultWriter(5, lines::add, profile)
        .writeAll(List.of(oneGroup()), null, out.resolve("r")::resolve, out.resolve("p")::resolve);
    return lines;
  }

  @Test
  public void with_the_profile_each_analysis_reports_its_thread_cpu_phases_and_plan_size()
      throws Exception {
    List<String> profiled = lines(true).stream().filter(l -> l.startsWith("profile")).toList();
    assertEquals(profiled.toString(), 1, profiled.size());
    Matcher m = LINE.matcher(profiled.get(0));
    Assert.assertTrue(profiled.get(0), m.matches());
    // The plan holds at least the three projected names and the filter.
    Assert.assertTrue(profiled.get(0), Integer.parseInt(m.group(2)) > "municipality_code".length());
  }

  @Test
  public void without_the_profile_no_cost_is_reported() throws Exception {
    List<String> lines = lines(false);
    Assert.assertTrue(lines.toString(), lines.stream().noneMatch(l -> l.startsWith("profile")));
    assertEquals(List.of("analyses: 1 datasets"), lines);
  }
}
