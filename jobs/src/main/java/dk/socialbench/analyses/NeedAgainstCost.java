package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Need against cost, the report's question whether the service level follows the citizen's need:
 * per municipality and service, over every whole year of the data period, the unit cost per
 * full-year user beside the mean VUM score at the start of the episodes, weighted by days served
 * (the mean need of the same full-year users). Both are ratios over persons with an interval
 * ({@link RatioEstimate}).
 */
final class NeedAgainstCost implements Analysis {
  private static final String COST = "cost";
  private static final String VUM = "vum";
  private static final String AMOUNTS = "persons' amounts and shares of a year";
  private static final String VUM_DAYS = "persons' VUM-days";

  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.NEED_AGAINST_COST);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    Dataset<Row> persons =
        inputs
            .serviceYears()
            .groupBy("municipality_code", Persons.PERSON_ID, "service")
            .agg(
                ExactSum.of(UnitCostByYear.amount(), UnitCostByYear.amountUnits(), AMOUNTS)
                    .as("amount"),
                ExactSum.of(UnitCostByYear.fullYearShare(), ExactSum.YEAR_SHARE, AMOUNTS)
                    .as("full_year_share"),
                // Exact as doubles in any order: halves times whole days.
                sum("vum_days").as("vum_days"),
                sum("days").as("days"))
            .withColumn(Persons.RECORD_KEY, CellKeys.recordKeyOfPersonId(col(Persons.PERSON_ID)));
    Dataset<Row> inUnits =
        RatioEstimate.withUnits(
            RatioEstimate.withUnits(
                persons,
                col("amount"),
                UnitCostByYear.amountUnits(),
                col("full_year_share"),
                lit(ExactSum.YEAR_SHARE),
                COST,
                AMOUNTS),
            col("vum_days"),
            lit(ExactSum.HUNDREDTHS),
            col("days"),
            lit(1L),
            VUM,
            VUM_DAYS);
    List<Column> sums = new ArrayList<>();
    sums.addAll(
        RatioEstimate.sums(UnitCostByYear.amountUnits(), lit(ExactSum.YEAR_SHARE), COST, AMOUNTS));
    sums.addAll(RatioEstimate.sums(lit(ExactSum.HUNDREDTHS), lit(1L), VUM, VUM_DAYS));
    Column twelfth = lit(1.0 / 12);
    return RatioEstimate.aggregate(inUnits.groupBy("municipality_code", "service"), sums)
        .select(
            col("municipality_code"),
            col("service"),
            col(COST + "_n").as("users"),
            col(COST + "_n_key").as("users_key"),
            col(COST + "_x").as("full_year_users"),
            RatioEstimate.estimate(VUM, lit(1)).as("mean_vum"),
            RatioEstimate.low(VUM, lit(1)).as("mean_vum_ci_low"),
            RatioEstimate.high(VUM, lit(1)).as("mean_vum_ci_high"),
            RatioEstimate.estimate(COST, lit(1)).as("per_year"),
            RatioEstimate.low(COST, lit(1)).as("per_year_ci_low"),
            RatioEstimate.high(COST, lit(1)).as("per_year_ci_high"),
            RatioEstimate.estimate(COST, twelfth).as("per_month"),
            RatioEstimate.low(COST, twelfth).as("per_month_ci_low"),
            RatioEstimate.high(COST, twelfth).as("per_month_ci_high"));
  }
}
