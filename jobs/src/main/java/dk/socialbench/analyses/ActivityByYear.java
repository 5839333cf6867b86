package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Activity per municipality, service and calendar year, counted the three ways of seed 003's table
 * 3.1: full-year users (days served in the year ÷ the year's days, overlaps counted once), unique
 * users (persons served on at least one day of the year) and users on 31 December.
 */
final class ActivityByYear implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.ACTIVITY_BY_YEAR);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    String cost = ServiceYearTotals.COST;
    return inputs
        .serviceYearTotals()
        .select(
            col("municipality_code"),
            col("service"),
            col("year"),
            col(cost + "_x").as("full_year_users"),
            col(cost + "_n").as("unique_users"),
            col(cost + "_n_key").as("unique_users_key"),
            col("users_dec31"),
            col("users_dec31_key"));
  }
}
