package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Quarantined rows per municipality by the rule they broke (the first, when several) and column:
 * counts only, never a value, file or line (those are in {@link RejectedRows}, for the delivering
 * municipality). Rows are attributed to a municipality by {@link RejectedRowMunicipality}; those it
 * cannot attribute are counted under "unknown".
 */
final class QuarantineSummary implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.QUARANTINE_SUMMARY);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    Dataset<Row> rows =
        RejectedRowMunicipality.attribute(inputs.quarantine(), inputs.registrations())
            .select(
                col("municipality_code"),
                col("rule"),
                when(col("column").isNull(), lit("")).otherwise(col("column")).as("column"));
    return MunicipalityTotals.withAll(rows)
        .groupBy("municipality_code", "rule", "column")
        .agg(count("*").as("rows"));
  }
}
