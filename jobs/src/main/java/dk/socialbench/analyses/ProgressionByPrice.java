package dk.socialbench.analyses;

import static dk.socialbench.analyses.Rounding.PRICE;
import static dk.socialbench.analyses.Rounding.SHARE;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The key figure the KL report calls the really interesting one: progression relative to price. Per
 * municipality and service: mean price or hours (individual and group) at the first registration;
 * of the improvement goals set then, the share fully or partially fulfilled at the second; and of
 * the cases with a second registration, the share whose VUM score improved (went down).
 */
final class ProgressionByPrice implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.PROGRESSION_BY_PRICE);
  }

  /**
   * The four counts of persons at the first registration beside the price, per municipality and
   * service: the improvement goals judged at the second registration and those fulfilled, the cases
   * with a second registration and those whose VUM score improved. Counted in the shared cells of
   * the first registrations ({@link FirstRegistrationCells#counts}).
   */
  static List<Persons.Count> counts() {
    Column judgedGoal =
        col("goals_set")
            .and(col("goal_type").equalTo("improvement"))
            .and(col("has_next"))
            .and(col("next_goal_fulfilled").isin("fully", "partially", "not"));
    return List.of(
        Persons.persons("goal_cases", judgedGoal),
        Persons.persons("goals_fulfilled", judgedGoal.and(ImprovementGoalFulfilment.fulfilled())),
        Persons.persons("vum_cases", col("has_next")),
        Persons.persons(
            "vum_improved", col("has_next").and(col("next_vum_score").lt(col("vum_score")))));
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    // The mean price, its SD and the persons with a price per municipality and service are
    // price_by_municipality's cells (the same first registrations with a price); the four
    // conditional counts are counted with the other counts of the first registrations. Both are
    // read from the shared cells: a small query (docs/benchmarks.md 1.54, 1.74).
    Dataset<Row> counts =
        FirstRegistrationCells.counts(
                inputs.firstRegistrationCounts(), DatasetNames.PROGRESSION_BY_PRICE)
            .drop("cases", "cases_key");
    Dataset<Row> prices =
        FirstRegistrationCells.meanAndSd(
            inputs.firstRegistrationMeans(), DatasetNames.PRICE_BY_MUNICIPALITY, "price");
    // A line whose cases have no price has no cell: no persons with a price.
    Dataset<Row> agg =
        FirstRegistrationCells.withCellsOrNone(
            counts, prices, "cases", "municipality_code", "service");
    Column goalShare = col("goals_fulfilled").divide(col("goal_cases"));
    Column vumShare = col("vum_improved").divide(col("vum_cases"));
    return agg.select(
        col("municipality_code"),
        col("service"),
        col("cases"),
        col("cases_key"),
        PRICE.rounded(col("mean_price")).as("mean_price"),
        PRICE
            .bound(Intervals.meanLow(col("mean_price"), col("sd_price"), col("cases")))
            .as("mean_price_ci_low"),
        PRICE
            .bound(Intervals.meanHigh(col("mean_price"), col("sd_price"), col("cases")))
            .as("mean_price_ci_high"),
        col("goal_cases"),
        col("goal_cases_key"),
        col("goals_fulfilled"),
        col("goals_fulfilled_key"),
        SHARE.rounded(when(col("goal_cases").gt(0), goalShare)).as("goals_fulfilled_share"),
        SHARE
            .rounded(Intervals.wilsonLow(col("goals_fulfilled"), col("goal_cases")))
            .as("goals_fulfilled_ci_low"),
        SHARE
            .rounded(Intervals.wilsonHigh(col("goals_fulfilled"), col("goal_cases")))
            .as("goals_fulfilled_ci_high"),
        col("vum_cases"),
        col("vum_cases_key"),
        col("vum_improved"),
        col("vum_improved_key"),
        SHARE.rounded(when(col("vum_cases").gt(0), vumShare)).as("vum_improved_share"),
        SHARE
            .rounded(Intervals.wilsonLow(col("vum_improved"), col("vum_cases")))
            .as("vum_improved_ci_low"),
        SHARE
            .rounded(Intervals.wilsonHigh(col("vum_improved"), col("vum_cases")))
            .as("vum_improved_ci_high"));
  }
}
