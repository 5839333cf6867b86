package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dk.socialbench.analyses.RegistrationCells.Dimension;
import dk.socialbench.analyses.RegistrationCells.Slot;
import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultCodes;
import dk.socialbench.contract.ResultDataset;
import java.util.List;
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

  /** The follow-ups, at k and pooled, by initiator; counted as follow-ups. */
  static RegistrationCells.Units units() {
    return new RegistrationCells.Units(
        DatasetNames.FOLLOW_UP_INITIATOR,
        col("registration_kind").equalTo("follow_up"),
        List.of(
            Dimension.pooledStage("registration_number", col("registration_number")),
            Dimension.of(
                "initiator",
                Slot.CATEGORY,
                coalesce(col("initiator"), lit(ResultCodes.NOT_REPORTED)))),
        true);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    return RegistrationCells.distribution(inputs.registrationCells(), units());
  }
}
