package dk.socialbench.analyses;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Figure 3.2: the type of goal set at the first registration, among cases with goals set. */
final class GoalType implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.GOAL_TYPE);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    // Counted with the other analyses of the first registrations: cases with goals set.
    return Distribution.fromCounts(
        FirstRegistrationCells.counts(inputs.firstRegistrationCounts(), DatasetNames.GOAL_TYPE),
        List.of("municipality_code", "goal_type"));
  }
}
