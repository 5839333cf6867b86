package dk.socialbench.publish;

import dk.socialbench.SparkTest;
import dk.socialbench.audit.Table;
import dk.socialbench.contract.Column;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.pipeline.SampleRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Assert;
import org.junit.Test;

/**
 * The cell-key method's properties on a real run (the bundled samples): no published count of 1–4
 * persons, every published count the perturbation table applied to its restricted count and cell
 * key, a row of categories published exactly where its population count does not publish as 0, and
 * the same persons published with the same number in every dataset.
 */
public class PublishedDisclosureTest extends SparkTest {
  private static final long serialVersionUID = 1L;
  private static final int THRESHOLD = 5;
  private static final PerturbationTable TABLE = new PerturbationTable();

  @Test
  public void no_published_count_is_of_one_to_four_persons() {
    Map<String, Table> published = SampleRun.get(spark()).published();
    List<String> small = new ArrayList<>();
    long counts = 0;
    for (ResultDataset d : personLevel()) {
      for (Map<String, Object> row : rows(published, d).values()) {
        for (Column c : countsOf(d)) {
          Object v = row.get(c.name());
          counts += v == null ? 0 : 1;
          if (v != null && ((Long) v) > 0 && ((Long) v) < THRESHOLD) {
            small.add(d.name() + "." + c.name() + "=" + v + " in " + row);
          }
        }
      }
    }
    Assert.assertTrue("the sample run publishes counts: " + counts, counts > 1000);
    Assert.assertEquals(List.of(), small);
  }

  @Test
  public void every_published_count_is_the_table_applied_to_its_true_count_and_cell_key() {
    SampleRun run = SampleRun.get(spark());
    Map<String, Table> restrictedTables = run.restricted();
    Map<String, Table> publishedTables = run.published();
    List<String> wrong = new ArrayList<>();
    long small = 0;
    long changed = 0;
    long rowsLeftOut = 0;
    for (ResultDataset d : personLevel()) {
      Map<List<Object>, Map<String, Object>> restricted = rows(restrictedTables, d);
      Map<List<Object>, Map<String, Object>> published = rows(publishedTables, d);
      String population = d.countGroups().get(0).count();
      boolean leavesOut = CellPerturbation.leavesOutRowsPublishedAsZero(d);
      List<List<Object>> leftOut = new ArrayList<>();
      for (Map.Entry<List<Object>, Map<String, Object>> e : restricted.entrySet()) {
        Long truth = (Long) e.getValue().get(population);
        long shownPopulation =
            TABLE.published(truth, (Long) e.getValue().get(Column.keyName(population)));
        if (leavesOut && shownPopulation == 0) {
          leftOut.add(e.getKey());
        }
      }
      java.util.Set<List<Object>> expectedCells = new java.util.HashSet<>(restricted.keySet());
      leftOut.forEach(expectedCells::remove);
      Assert.assertEquals(
          d.name() + ": the cells whose population count does not publish as 0",
          expectedCells,
          published.keySet());
      rowsLeftOut += leftOut.size();
      for (Map.Entry<List<Object>, Map<String, Object>> e : restricted.entrySet()) {
        Map<String, Object> shown = published.get(e.getKey());
        if (shown == null) {
          continue;
        }
        for (Column c : countsOf(d)) {
          Long truth = (Long) e.getValue().get(c.name());
          Long key = (Long) e.getValue().get(Column.keyName(c.name()));
          Object expected = truth == null ? null : TABLE.published(truth, key);
          if (!java.util.Objects.equals(expected, shown.get(c.name()))) {
            wrong.add(d.name() + "." + c.name() + " at " + e.getKey());
          }
          small += truth != null && truth > 0 && truth < THRESHOLD ? 1 : 0;
          changed += truth != null && !truth.equals(shown.get(c.name())) ? 1 : 0;
        }
        Assert.assertFalse(
            d.name() + ": no key is published",
            shown.keySet().stream().anyMatch(k -> k.endsWith(Column.KEY_SUFFIX)));
      }
    }
    Assert.assertTrue("the sample run has small cells: " + small, small > 0);
    Assert.assertTrue("the sample run has perturbed cells: " + changed, changed > 0);
    Assert.assertTrue("the sample run leaves rows out: " + rowsLeftOut, rowsLeftOut > 0);
    Assert.assertEquals(List.of(), wrong);
  }

  /**
   * Each municipality's cases at the first registration are counted in three datasets (the total of
   * goals_set, the cases of "at least 1 registration", the municipality overview): the same
   * persons, so the same cell key and the same published number, which differencing the datasets
   * therefore cannot undo.
   */
  @Test
  public void the_same_persons_are_published_with_the_same_number_in_every_dataset() {
    SampleRun run = SampleRun.get(spark());
    Map<String, List<Long>> byMunicipality = new java.util.TreeMap<>();
    Map<String, List<Long>> keys = new java.util.TreeMap<>();
    for (boolean restricted : new boolean[] {true, false}) {
      Map<String, List<Long>> into = restricted ? keys : byMunicipality;
      Map<String, Table> tables = restricted ? run.restricted() : run.published();
      // Every row of a municipality's line carries the line's total: take one per municipality.
      Map<String, Long> totals = new java.util.TreeMap<>();
      for (Map<String, Object> r : rows(tables, ResultCatalogue.byName("goals_set")).values()) {
        totals.put(
            (String) r.get("municipality_code"), (Long) r.get(restricted ? "total_key" : "total"));
      }
      Map<String, Long> firstStages = new java.util.TreeMap<>();
      for (Map<String, Object> r :
          rows(tables, ResultCatalogue.byName("cases_by_registrations")).values()) {
        if (Integer.valueOf(1).equals(r.get("min_registrations"))) {
          firstStages.put(
              (String) r.get("municipality_code"),
              (Long) r.get(restricted ? "cases_key" : "cases"));
        }
      }
      // A municipality's overview row is always published; the other two rows are left out
      // where their count publishes as 0, and read as 0.
      for (Map<String, Object> r :
          rows(tables, ResultCatalogue.byName("municipality_overview")).values()) {
        String m = (String) r.get("municipality_code");
        into.put(
            m,
            List.of(
                totals.getOrDefault(m, 0L),
                firstStages.getOrDefault(m, 0L),
                (Long) r.get(restricted ? "cases_key" : "cases")));
      }
    }
    List<String> differ = new ArrayList<>();
    keys.forEach(
        (m, k) -> {
          if (k.size() != 3 || k.stream().distinct().count() != 1) {
            differ.add(m + " keys " + k);
          }
        });
    byMunicipality.forEach(
        (m, n) -> {
          if (n.size() != 3 || n.stream().distinct().count() != 1) {
            differ.add(m + " published " + n);
          }
        });
    Assert.assertTrue(byMunicipality.size() > 5);
    Assert.assertEquals(List.of(), differ);
  }

  private static List<ResultDataset> personLevel() {
    return ResultCatalogue.all().stream().filter(ResultDataset::personLevel).toList();
  }

  private static List<Column> countsOf(ResultDataset d) {
    return d.columns().stream().filter(c -> d.keyOf(c.name()).isPresent()).toList();
  }

  /**
   * A dataset's rows as written, by their dimensions' values; read from the Parquet files (no Spark
   * job: the run's 40-odd datasets are read once per test, not one Spark job each).
   */
  private static Map<List<Object>, Map<String, Object>> rows(
      Map<String, Table> tables, ResultDataset d) {
    Table t = tables.get(d.name());
    Assert.assertNotNull(d.name() + " was not written", t);
    Map<List<Object>, Map<String, Object>> out = new LinkedHashMap<>();
    for (Object[] r : t.rows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < r.length; i++) {
        m.put(t.columns().get(i), r[i]);
      }
      List<Object> cell = new ArrayList<>();
      d.dimensions().forEach(c -> cell.add(m.get(c.name())));
      out.put(cell, m);
    }
    return out;
  }
}
