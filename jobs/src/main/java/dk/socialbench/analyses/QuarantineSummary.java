package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Quarantined rows per municipality by the rule they broke (the first, when several) and column:
 * counts only, never a value, file or line (those are in {@link RejectedRows}, for the delivering
 * municipality). Rows whose municipality code is missing or unknown are counted under "unknown".
 */
final class QuarantineSummary implements Analysis {
  static final String UNKNOWN = "unknown";

  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName("quarantine_summary");
  }

  /** The row's municipality code when it is one of the 98, else {@link #UNKNOWN}. */
  static Column municipality() {
    List<String> known = Municipalities.danish().all().stream().map(m -> m.code()).toList();
    return when(col("municipality_code").isin(known.toArray()), col("municipality_code"))
        .otherwise(lit(UNKNOWN));
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    Dataset<Row> rows =
        inputs
            .quarantine()
            .select(
                municipality().as("municipality_code"),
                col("rule"),
                when(col("column").isNull(), lit("")).otherwise(col("column")).as("column"));
    return MunicipalityTotals.withAll(rows)
        .groupBy("municipality_code", "rule", "column")
        .agg(count("*").as("rows"));
  }
}
