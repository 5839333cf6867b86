package dk.socialbench.pipeline;

import dk.socialbench.SparkTest;
import dk.socialbench.contract.RunLayout;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.Assert;
import org.junit.Test;

/**
 * The run on the bundled SEP-sized sample reproduces the published marginals of the KL report (seed
 * 002) within tolerance, read from the run's restricted results of the ten municipalities that
 * delivered to the report.
 */
public class SepReproductionTest extends SparkTest {
  private static final long serialVersionUID = 1L;
  private static final Set<String> SEP =
      Set.of("147", "151", "153", "157", "183", "219", "410", "607", "615", "760");

  private Dataset<Row> restricted(String dataset) {
    SampleRun run = SampleRun.get(spark());
    RunLayout layout = new RunLayout(run.work());
    Dataset<Row> d =
        spark().read().parquet(layout.restricted(run.manifest().runId(), dataset).toString());
    return d.filter(d.col("municipality_code").isin(SEP.toArray()));
  }

  private long sum(Dataset<Row> d, String column) {
    Row r = d.agg(org.apache.spark.sql.functions.sum(column)).first();
    return r.isNullAt(0) ? 0 : r.getLong(0);
  }

  @Test
  public void cases_by_registrations_are_401_382_169_and_one_case_has_9() {
    Dataset<Row> d = restricted("cases_by_registrations");
    Assert.assertEquals(401, sum(d.filter("min_registrations = 1"), "cases"));
    Assert.assertEquals(382, sum(d.filter("min_registrations = 2"), "cases"));
    Assert.assertEquals(169, sum(d.filter("min_registrations = 3"), "cases"));
    Assert.assertEquals(1, sum(d.filter("min_registrations = 9"), "cases"));
    Assert.assertEquals(0, sum(d.filter("min_registrations = 10"), "cases"));
  }

  @Test
  public void goals_are_set_in_about_93_percent_and_mostly_for_improvement() {
    Dataset<Row> goals = restricted("goals_set");
    double yes = sum(goals.filter("goals_set = 'yes'"), "cases") / (double) sum(goals, "cases");
    Assert.assertEquals(0.93, yes, 0.02);
    Dataset<Row> types = restricted("goal_type");
    long improvement = sum(types.filter("goal_type = 'improvement'"), "cases");
    Assert.assertTrue(improvement > sum(types, "cases") / 2);
  }

  @Test
  public void about_half_of_first_goals_are_fully_or_partially_met_varying_by_municipality() {
    Dataset<Row> d = restricted("goal_fulfilment").filter("from_registration = 1");
    double met =
        sum(d.filter("fulfilment in ('fully', 'partially')"), "cases") / (double) sum(d, "cases");
    Assert.assertEquals(0.5, met, 0.1);
    List<Row> shares =
        restricted("improvement_goal_fulfilment")
            .filter("fulfilled = 'yes'")
            .select("share")
            .collectAsList();
    double min = shares.stream().mapToDouble(r -> r.getDouble(0)).min().orElseThrow();
    double max = shares.stream().mapToDouble(r -> r.getDouble(0)).max().orElseThrow();
    Assert.assertTrue("lowest municipality " + min, min < 0.35);
    Assert.assertTrue("highest municipality " + max, max > 0.65);
  }

  @Test
  public void vum_rarely_changes_between_the_first_and_second_registration() {
    Dataset<Row> d = restricted("vum_development").filter("from_registration = 1");
    long same = sum(d.filter("direction = 'same'"), "cases");
    long improved = sum(d.filter("direction = 'improved'"), "cases");
    long worsened = sum(d.filter("direction = 'worsened'"), "cases");
    Assert.assertTrue(same > improved + worsened);
    Assert.assertTrue(improved > worsened);
    Assert.assertTrue(sum(d.filter("vum_from = 2 and direction = 'improved'"), "cases") < 20);
    Assert.assertTrue(sum(d.filter("vum_from = 3 and direction = 'improved'"), "cases") < 20);
  }

  @Test
  public void price_and_hours_rise_with_vum_and_under_40s_get_more() {
    SampleRun run = SampleRun.get(spark());
    RunLayout layout = new RunLayout(run.work());
    String id = run.manifest().runId();
    Dataset<Row> byVum =
        spark()
            .read()
            .parquet(layout.restricted(id, "price_by_vum").toString())
            .filter("municipality_code = 'all'");
    for (String service : List.of("SEL85", "SEL107")) {
      double low = mean(byVum.filter("service = '" + service + "' and vum_score = 1"));
      double high = mean(byVum.filter("service = '" + service + "' and vum_score = 3"));
      Assert.assertTrue(service + ": " + low + " < " + high, low < high);
      Dataset<Row> byAge =
          spark()
              .read()
              .parquet(layout.restricted(id, "price_by_age").toString())
              .filter("municipality_code = 'all' and service = '" + service + "'");
      Assert.assertTrue(
          mean(byAge.filter("age_group = 'under_40'"))
              > mean(byAge.filter("age_group = '40_and_over'")));
    }
  }

  @Test
  public void about_two_thirds_are_sel85_and_follow_up_is_every_10_to_12_months() {
    Dataset<Row> prices = restricted("price_by_municipality");
    double sel85 = sum(prices.filter("service = 'SEL85'"), "cases") / (double) sum(prices, "cases");
    Assert.assertEquals(2 / 3.0, sel85, 0.05);
    Dataset<Row> interval = restricted("follow_up_interval").filter("registration_number = 2");
    double weighted = interval.selectExpr("sum(mean * cases) / sum(cases)").first().getDouble(0);
    Assert.assertTrue("months " + weighted, weighted >= 10 && weighted <= 12);
  }

  private static double mean(Dataset<Row> oneRow) {
    return oneRow.select("mean").first().getDouble(0);
  }
}
