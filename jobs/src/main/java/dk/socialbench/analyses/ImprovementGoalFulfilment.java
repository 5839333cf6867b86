package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultCodes;
import dk.socialbench.contract.ResultDataset;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Figure 3.11: improvement goals set at the first registration, fully or partially fulfilled at the
 * second ("yes") or not ("no"); goals judged "not relevant" are left out.
 */
final class ImprovementGoalFulfilment implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.IMPROVEMENT_GOAL_FULFILMENT);
  }

  /** First-registration improvement goals judged fulfilled or not at the second registration. */
  static Dataset<Row> judgedImprovementGoals(AnalysisInputs inputs) {
    return inputs
        .transitions()
        .filter(
            col("registration_number")
                .equalTo(1)
                .and(col("goals_set"))
                .and(col("goal_type").equalTo("improvement"))
                .and(col("has_next"))
                .and(col("next_goal_fulfilled").isin("fully", "partially", "not")));
  }

  static Column fulfilled() {
    return col("next_goal_fulfilled").isin("fully", "partially");
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    Dataset<Row> units =
        judgedImprovementGoals(inputs)
            .select(
                col("municipality_code"),
                col("person_key"),
                col(Persons.PERSON_ID),
                col(Persons.RECORD_KEY),
                when(fulfilled(), ResultCodes.YES).otherwise(ResultCodes.NO).as("fulfilled"));
    return Distribution.of(units, "fulfilled");
  }
}
