package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Figure 3.12: who initiated the follow-up at registration k (k ≥ 2). */
final class FollowUpInitiator implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName("follow_up_initiator");
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    Dataset<Row> units =
        inputs
            .registrations()
            .filter(col("registration_number").geq(2))
            .select(
                col("municipality_code"),
                col("registration_number"),
                coalesce(col("initiator"), lit(FundingBasis.NOT_REPORTED)).as("initiator"));
    return Distribution.of(units, "registration_number", "initiator");
  }
}
