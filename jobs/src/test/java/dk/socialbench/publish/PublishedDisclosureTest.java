package dk.socialbench.publish;

import dk.socialbench.SparkTest;
import dk.socialbench.contract.Column;
import dk.socialbench.contract.CountGroup;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.contract.RunLayout;
import dk.socialbench.pipeline.SampleRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.Assert;
import org.junit.Test;

/**
 * Plays the attacker on a real run's published datasets: tries to recover every suppressed count
 * from the published rows by subtraction (a category line from its total, a municipality from "all"
 * minus the others) and must fail every time.
 */
public class PublishedDisclosureTest extends SparkTest {
  private static final long serialVersionUID = 1L;
  private static final int MIN_CELL = 5;

  @Test
  public void no_published_cell_describes_fewer_than_five_persons() {
    SampleRun run = SampleRun.get(spark());
    List<String> small = new ArrayList<>();
    for (ResultDataset d : personLevel()) {
      for (Map<String, Object> row : rows(run, d)) {
        for (Column c : d.columns()) {
          if (c.role() == Column.Role.COUNT || c.role() == Column.Role.TOTAL) {
            Object v = row.get(c.name());
            if (v != null && ((Long) v) > 0 && ((Long) v) < MIN_CELL) {
              small.add(d.name() + "." + c.name() + "=" + v + " in " + row);
            }
          }
        }
      }
    }
    Assert.assertEquals(List.of(), small);
  }

  @Test
  public void no_suppressed_count_can_be_recovered_by_subtraction() {
    SampleRun run = SampleRun.get(spark());
    List<String> recovered = new ArrayList<>();
    int suppressed = 0;
    for (ResultDataset d : personLevel()) {
      List<Map<String, Object>> rows = rows(run, d);
      for (CountGroup g : d.countGroups()) {
        suppressed +=
            (int)
                rows.stream()
                    .filter(
                        r ->
                            r.get(g.count()) == null
                                && Boolean.TRUE.equals(r.get(g.suppressedColumn())))
                    .count();
        for (Column along : d.dimensions()) {
          if (along.additive()) {
            recovered.addAll(attack(d, g, along, rows));
          }
        }
      }
    }
    Assert.assertTrue(
        "the sample run has suppressed cells to attack: " + suppressed, suppressed > 0);
    Assert.assertEquals(List.of(), recovered);
  }

  /** Lines along {@code along} where exactly one count is hidden: it is then total − the others. */
  private static List<String> attack(
      ResultDataset d, CountGroup g, Column along, List<Map<String, Object>> rows) {
    Map<List<Object>, List<Map<String, Object>>> lines = new LinkedHashMap<>();
    for (Map<String, Object> r : rows) {
      List<Object> key = new ArrayList<>();
      for (Column other : d.dimensions()) {
        if (other != along) {
          key.add(r.get(other.name()));
        }
      }
      lines.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    List<String> found = new ArrayList<>();
    for (Map.Entry<List<Object>, List<Map<String, Object>>> line : lines.entrySet()) {
      List<Map<String, Object>> members = line.getValue();
      long hidden = members.stream().filter(r -> r.get(g.count()) == null).count();
      // Assume every line's sum is known (the "all" row is a member of municipality lines); a
      // line of one cell is known only through a published total of the category it ends in.
      boolean lastDimension = along == d.dimensions().get(d.dimensions().size() - 1);
      boolean sumKnown =
          members.size() > 1
              || (lastDimension && members.stream().anyMatch(r -> r.get("total") != null));
      if (hidden == 1 && sumKnown) {
        found.add(
            d.name() + " along " + along.name() + " at " + line.getKey() + " (" + g.count() + ")");
      }
    }
    return found;
  }

  private static List<ResultDataset> personLevel() {
    return ResultCatalogue.all().stream().filter(ResultDataset::personLevel).toList();
  }

  private List<Map<String, Object>> rows(SampleRun run, ResultDataset d) {
    RunLayout layout = new RunLayout(run.work());
    String dir = layout.published(run.manifest().runId(), d.name()).toString();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row r : spark().read().parquet(dir).collectAsList()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (String c : r.schema().fieldNames()) {
        m.put(c, r.getAs(c));
      }
      out.add(m);
    }
    return out;
  }
}
