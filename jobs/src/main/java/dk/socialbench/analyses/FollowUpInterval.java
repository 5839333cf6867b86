package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;

import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Figure 3.8: months from registration k-1 to k, by registration number k (k ≥ 2). */
final class FollowUpInterval implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName("follow_up_interval");
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    Dataset<Row> units =
        inputs
            .registrations()
            .filter(col("registration_number").geq(2))
            .select("municipality_code", "registration_number", "months_since_previous");
    return Means.of(units, "months_since_previous", "registration_number");
  }
}
