package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

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
    return inputs
        .serviceYears()
        .groupBy("municipality_code", "service", "year")
        .agg(
            sum(col("days").divide(col("days_in_year"))).as("full_year_users"),
            count(lit(1)).as("unique_users"),
            count(when(col("on_dec31"), lit(1))).as("users_dec31"));
  }
}
