package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Unit cost per municipality, service and calendar year, per full-year user (seed 003's recommended
 * basis): §107 estimated expenditure (daily price × days, nominal kroner) and §85 hours (hours per
 * month × months), each per full-year user per year and per month, with n (persons served in the
 * year) and a 95% interval ({@link RatioEstimate}, persons as units).
 */
final class UnitCostByYear implements Analysis {
  private static final String COST = ServiceYearTotals.COST;

  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.UNIT_COST_BY_YEAR);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    Column twelfth = lit(1.0 / 12);
    return inputs
        .serviceYearTotals()
        .select(
            col("municipality_code"),
            col("service"),
            col("year"),
            col(COST + "_n").as("users"),
            col(COST + "_n_key").as("users_key"),
            col(COST + "_x").as("full_year_users"),
            col(COST + "_y").as("amount"),
            RatioEstimate.estimate(COST, lit(1)).as("per_year"),
            RatioEstimate.low(COST, lit(1)).as("per_year_ci_low"),
            RatioEstimate.high(COST, lit(1)).as("per_year_ci_high"),
            RatioEstimate.estimate(COST, twelfth).as("per_month"),
            RatioEstimate.low(COST, twelfth).as("per_month_ci_low"),
            RatioEstimate.high(COST, twelfth).as("per_month_ci_high"));
  }

  /**
   * The unit cost in the report's measure, per municipality, service and year: {@code users},
   * {@code unit_cost} (§107 kroner per full-year user per year, §85 hours per full-year user per
   * month) and its interval. What the development by year shows beside the other key figures.
   */
  static Dataset<Row> inReportMeasure(AnalysisInputs inputs) {
    Column scale = when(col("service").equalTo("SEL85"), lit(1.0 / 12)).otherwise(lit(1.0));
    return inputs
        .serviceYearTotals()
        .select(
            col("municipality_code"),
            col("service"),
            col("year"),
            col(COST + "_n").as("users"),
            col(COST + "_n_key").as("users_key"),
            RatioEstimate.estimate(COST, scale).as("unit_cost"),
            RatioEstimate.low(COST, scale).as("unit_cost_ci_low"),
            RatioEstimate.high(COST, scale).as("unit_cost_ci_high"));
  }

  /** A person-year's share of a full-year user: days served ÷ the year's days. */
  static Column fullYearShare() {
    return col("days").divide(col("days_in_year"));
  }

  /**
   * A person-year's amount, y of the unit cost's ratio R = Σy / Σx (x: {@link #fullYearShare()}),
   * so that R is the amount per full-year user per year: §107 kroner (daily price × days), §85
   * hours (hours per month × 12 × days ÷ the year's days).
   */
  static Column amount() {
    return when(
            col("service").equalTo("SEL85"),
            col("price_days").multiply(12).divide(col("days_in_year")))
        .otherwise(col("price_days"));
  }

  /**
   * The units {@link #amount()} is summed in ({@link ExactSum}), so that every amount is a whole
   * number of them: øre for §107 (daily prices in øre times whole days); for §85 1/100 of an hour ÷
   * (365 · 366), as hours in hundredths × days × 12 ÷ 365 or 366 is. The bound of 2³⁸ units is then
   * 20,577 hours for §85 (a person-year has at most 744 · 12 = 8,928; need against cost sums a
   * person's years) and 2.7 billion kroner for §107.
   */
  static Column amountUnits() {
    return when(col("service").equalTo("SEL85"), lit(ExactSum.HUNDREDTHS * ExactSum.YEAR_SHARE))
        .otherwise(lit(ExactSum.HUNDREDTHS));
  }
}
