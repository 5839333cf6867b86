package dk.socialbench.analyses;

import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;
import static org.junit.Assert.assertEquals;

import dk.socialbench.contract.CuratedColumn;
import dk.socialbench.contract.Municipalities;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RuntimeConfig;
import org.junit.Test;

/**
 * The analyses with medians give the same rows whether Spark's object hash aggregation keeps every
 * cell in its hash map (a run's setting, {@code InputSizedSettings}) or falls back to sorting a
 * task's rows after 128 cells (Spark's default, the tests' session): the medians, exact means and
 * counts do not depend on the order in which a cell's rows arrive. The input has more than twice
 * 128 cells of the first registrations' means, spread over the session's two partitions by person,
 * so that under the default a task's hash map fills and the rest of its rows are sorted.
 */
public class ObjectAggregationFallbackTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  private static final String FALLBACK =
      "spark.sql.objectHashAggregate.sortBased.fallbackThreshold";

  private static final List<String> WITH_MEDIANS =
      List.of("price_by_vum", "price_by_age", "follow_up_interval");

  @Test
  public void medians_and_means_are_the_same_with_and_without_the_sort_based_fallback() {
    Cases cases = manyCells();
    Map<String, List<String>> sorting = rows(cases, "128");
    Map<String, List<String>> hashed = rows(cases, String.valueOf(1 << 14));
    org.junit.Assert.assertTrue(
        "cells of the means: " + sorting.get("cells").size(),
        sorting.get("cells").size() > 2 * 128);
    assertEquals(sorting, hashed);
  }

  /** Every analysis with a median, and the shared means' cells, under a fallback threshold. */
  private Map<String, List<String>> rows(Cases cases, String threshold) {
    RuntimeConfig conf = spark().conf();
    conf.set(FALLBACK, threshold);
    try {
      AnalysisInputs inputs = cases.inputs(spark());
      Map<String, List<String>> out = new LinkedHashMap<>();
      out.put("cells", text(inputs.firstRegistrationMeans().collectAsList()));
      for (String dataset : WITH_MEDIANS) {
        out.put(
            dataset, text(AnalysisCatalogue.forDataset(dataset).compute(inputs).collectAsList()));
      }
      return out;
    } finally {
      conf.unset(FALLBACK);
    }
  }

  /** Rows as sorted text: {@link Double#toString} tells every double apart. */
  private static List<String> text(List<Row> rows) {
    List<String> lines = new ArrayList<>();
    rows.forEach(r -> lines.add(r.toString()));
    lines.sort(null);
    return lines;
  }

  /**
   * 240 cases with two registrations each over 12 municipalities, every VUM score, both services,
   * four target groups and four funding bases: several hundred cells of the means.
   */
  private static Cases manyCells() {
    List<String> municipalities =
        Municipalities.danish().all().stream().limit(12).map(m -> m.code()).toList();
    double[] scores = {0, 1, 2, 3, 3.5, 4};
    String[] targetGroups = {"mental_illness", "intellectual_cognitive", "physical", "social"};
    String[] funding = {"disability_pension", "cash_benefit_job_ready", "flex_job", "wage"};
    List<Case> all = new ArrayList<>();
    for (int i = 0; i < 240; i++) {
      // Each municipality gets every score with both services; groups and bases vary across them.
      boolean sel85 = (i / 72) % 2 == 0;
      Registration first =
          (sel85 ? sel85(4 + i % 17) : sel107(900 + 37.25 * i)).vum(scores[(i / 12) % 6]);
      Registration second = (sel85 ? sel85(3 + i % 13) : sel107(850 + 41.5 * i)).vum(2);
      all.add(
          Case.in(municipalities.get(i % 12), "c" + i)
              .person("p" + (i % 200))
              .age(20 + i % 50)
              .targetGroup(targetGroups[(i / 7) % 4])
              .set(CuratedColumn.FUNDING_BASIS, funding[(i / 11) % 4])
              .registrations(first, second));
    }
    return Cases.of(all.toArray(Case[]::new));
  }
}
