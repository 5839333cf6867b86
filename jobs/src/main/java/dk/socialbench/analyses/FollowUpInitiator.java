package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultCodes;
import dk.socialbench.contract.ResultDataset;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Figure 3.12: who initiated each follow-up, by registration number k and pooled over every k
 * ({@code registration_number = 0}). A follow-up is what the delivery says it is ({@code
 * registration_kind}): a first registration that follows up an earlier visitation counts at k = 1,
 * and a later registration that is a new visitation does not count.
 */
final class FollowUpInitiator implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.FOLLOW_UP_INITIATOR);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    Dataset<Row> units =
        inputs
            .registrations()
            .filter(col("registration_kind").equalTo("follow_up"))
            .select(
                col("municipality_code"),
                col("person_key"),
                col(Persons.PERSON_ID),
                col(Persons.RECORD_KEY),
                col("registration_number"),
                coalesce(col("initiator"), lit(ResultCodes.NOT_REPORTED)).as("initiator"));
    return Distribution.ofUnits(
        PooledStages.withAll(units, "registration_number"), "registration_number", "initiator");
  }
}
