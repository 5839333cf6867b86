package dk.socialbench.analyses;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Figure 3.1: were goals set for the citizen's development at the first registration? */
final class GoalsSet implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.GOALS_SET);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    // Counted with the other analyses of the first registrations (yes/no as published).
    return Distribution.fromCounts(
        FirstRegistrationCells.counts(inputs.firstRegistrationCounts(), DatasetNames.GOALS_SET),
        List.of("municipality_code", "goals_set"));
  }
}
