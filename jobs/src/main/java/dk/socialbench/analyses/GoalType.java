package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
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
    Dataset<Row> units =
        inputs
            .firstRegistrations()
            .filter(col("goals_set"))
            .select(
                col("municipality_code"),
                col("person_key"),
                col(Persons.PERSON_ID),
                col(Persons.RECORD_KEY),
                col("goal_type"));
    return Distribution.of(units, "goal_type");
  }
}
