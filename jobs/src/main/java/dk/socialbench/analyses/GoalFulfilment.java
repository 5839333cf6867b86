package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Figures 3.9 and 3.10, for every k: goals set at registration k, by goal type, and whether they
 * were fulfilled as judged at k+1 (cases without a k+1 have no judgement and are left out); and
 * pooled over every k ({@code from_registration = 0}), the report's "about half of the goals are
 * met". A pooled cell counts goals: a person with goals judged at two k counts twice.
 */
final class GoalFulfilment implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.GOAL_FULFILMENT);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    Dataset<Row> units =
        inputs
            .transitions()
            .filter(col("goals_set").and(col("has_next")))
            .select(
                col("municipality_code"),
                col("person_key"),
                col(Persons.PERSON_ID),
                col(Persons.RECORD_KEY),
                col("registration_number").as("from_registration"),
                col("goal_type"),
                col("next_goal_fulfilled").as("fulfilment"));
    return Distribution.ofUnits(
        PooledStages.withAll(units, "from_registration"),
        "from_registration",
        "goal_type",
        "fulfilment");
  }
}
