package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;

import dk.socialbench.analyses.RegistrationCells.Dimension;
import dk.socialbench.analyses.RegistrationCells.Slot;
import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import java.util.List;
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

  /** The goals set at k and judged at k+1, at k and pooled; counted as goals. */
  static RegistrationCells.Units units() {
    return new RegistrationCells.Units(
        DatasetNames.GOAL_FULFILMENT,
        col("goals_set").and(col("has_next")),
        List.of(
            Dimension.pooledStage("from_registration", col("registration_number")),
            Dimension.of("goal_type", Slot.GROUP, col("goal_type")),
            Dimension.of("fulfilment", Slot.CATEGORY, col("next_goal_fulfilled"))),
        true);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    return RegistrationCells.distribution(inputs.registrationCells(), units());
  }
}
